#ifndef SITREP_CNCURSESW_SHIM_H
#define SITREP_CNCURSESW_SHIM_H

// Turn on the wide-character API before the header: SwiftPM drops these flags from pkg-config.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects mutable C globals; read them through functions.
static inline WINDOW *sitrep_stdscr(void) { return stdscr; }
static inline int sitrep_lines(void) { return LINES; }
static inline int sitrep_cols(void) { return COLS; }
static inline int sitrep_color_pairs(void) { return COLOR_PAIRS; }

/// Starts curses on the process's standard streams; NULL when the terminal type is unknown.
static inline SCREEN *sitrep_newterm(void) { return newterm(NULL, stdout, stdin); }

/// Whether the locale's character set is UTF-8.
#include <langinfo.h>
#include <string.h>
static inline int sitrep_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Attribute macros that are not imported.
static inline attr_t sitrep_a_bold(void) { return A_BOLD; }
static inline attr_t sitrep_a_reverse(void) { return A_REVERSE; }
static inline attr_t sitrep_a_dim(void) { return A_DIM; }
static inline attr_t sitrep_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sitrep_a_italic(void) { return A_ITALIC; }
static inline attr_t sitrep_color_pair(int pair) { return COLOR_PAIR(pair); }

// Mouse event masks and key codes that are macros.
static inline mmask_t sitrep_mouse_mask(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t sitrep_button1(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t sitrep_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t sitrep_wheel_down(void) { return BUTTON5_PRESSED; }

/// Draws one character with attributes and a colour pair at (y, x).
static inline int sitrep_put(WINDOW *win, int y, int x, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cell;
    wchar_t text[2] = { ch, 0 };
    setcchar(&cell, text, attrs, pair, NULL);
    return mvwadd_wch(win, y, x, &cell);
}

#endif
