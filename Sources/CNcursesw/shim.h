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
#include <ncursesw/term.h>
#include <unistd.h>

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

/// Whether one ncurses cell can hold a grapheme cluster as it is: at most CCHARW_MAX scalars, the first one taking
/// `width` columns and the others none. setcchar stops at the second spacing scalar (a flag's second regional
/// indicator, the emoji after a ZWJ, a skin tone modifier) and ncurses moves the cursor by the width of the first.
static inline int sitrep_cluster_fits(const wchar_t *text, int count, int width) {
    if (count < 1 || count > CCHARW_MAX || wcwidth(text[0]) != width) return 0;
    for (int i = 1; i < count; i++) {
        if (wcwidth(text[i]) != 0) return 0;
    }
    return 1;
}

/// Draws a grapheme cluster that fits one cell (see sitrep_cluster_fits), all its scalars, with attributes and a
/// colour pair at (y, x).
static inline int sitrep_put(WINDOW *win, int y, int x, const wchar_t *text, int count, attr_t attrs, short pair) {
    cchar_t cell;
    wchar_t buffer[CCHARW_MAX + 1];
    if (count < 1 || count > CCHARW_MAX) return ERR;
    for (int i = 0; i < count; i++) buffer[i] = text[i];
    buffer[count] = 0;
    if (setcchar(&cell, buffer, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/// What sitrep_overlay writes, gathered to go out in one write(2) (a function's static: the module has no C file).
struct sitrep_bytes { char bytes[1024]; size_t count; };
static inline struct sitrep_bytes *sitrep_overlay_output(void) {
    static struct sitrep_bytes output;
    return &output;
}
static inline int sitrep_overlay_byte(int byte) {
    struct sitrep_bytes *output = sitrep_overlay_output();
    if (output->count < sizeof output->bytes) output->bytes[output->count++] = (char) byte;
    return byte;
}

/// Writes a grapheme cluster that no ncurses cell can hold straight to the terminal at (y, x), once doupdate has
/// drawn blanks there: the cursor is moved there by absolute addressing, the attributes set through ncurses (which
/// keeps track of them), the UTF-8 bytes written, then attributes and cursor put back where ncurses believes they
/// are. Returns -1 when the terminal has no cursor addressing or the cluster is too long to write.
static inline int sitrep_overlay(int y, int x, const char *utf8, attr_t attrs, short pair) {
    size_t length = strlen(utf8);
    if (cursor_address == NULL || length > 256) return -1;
    struct sitrep_bytes *output = sitrep_overlay_output();
    output->count = 0;
    tputs(tiparm(cursor_address, y, x), 1, sitrep_overlay_byte);
    vid_puts(attrs, pair, NULL, sitrep_overlay_byte);
    for (size_t i = 0; i < length; i++) sitrep_overlay_byte((unsigned char) utf8[i]);
    vid_puts(A_NORMAL, 0, NULL, sitrep_overlay_byte);
    tputs(tiparm(cursor_address, getcury(curscr), getcurx(curscr)), 1, sitrep_overlay_byte);
    const char *next = output->bytes;
    size_t left = output->count;
    while (left > 0) {
        ssize_t written = write(STDOUT_FILENO, next, left);
        if (written <= 0) return -1;
        next += written;
        left -= (size_t) written;
    }
    return 0;
}

#endif
