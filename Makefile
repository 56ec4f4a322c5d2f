# Sitrep: `make run` opens the reader on the bundled corpus, `make test` runs every test.
# Both install the system packages they need first when missing (Debian/Ubuntu, through sudo when not root).

SWIFT ?= swift
APT_PACKAGES := libncurses-dev libsqlite3-dev libxml2-dev tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps install-packages build install run test gate bench eval stress fuzz asan tsan clean

all: build

## deps: install the system packages the build and the tests need, when missing
deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(APT_PACKAGES)"

# install-packages: the Debian packages in PACKAGES that are not installed yet
install-packages:
	@missing=""; \
	for package in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  command -v apt-get >/dev/null || { echo "error: missing system packages:$$missing (install them with your package manager)"; exit 1; }; \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## build: release build of the sitrep binary
build: deps
	$(SWIFT) build -c release --product sitrep

## install: the binary, the manual pages sitrep(1) and sitrep-config(5), and completion scripts for bash, zsh and
## fish under PREFIX (default /usr/local; DESTDIR for staging)
PREFIX ?= /usr/local
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/man5 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build/release/sitrep $(DESTDIR)$(PREFIX)/bin/sitrep
	install -m 644 man/sitrep.1 $(DESTDIR)$(PREFIX)/share/man/man1/sitrep.1
	install -m 644 man/sitrep-config.5 $(DESTDIR)$(PREFIX)/share/man/man5/sitrep-config.5
	.build/release/sitrep --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/sitrep
	.build/release/sitrep --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_sitrep
	.build/release/sitrep --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sitrep.fish

## run: open the reader on the bundled corpus
run: build
	./.build/release/sitrep Resources/corpus

## test: the quality gate on ../shared/data when it is there (every dev figure against eval/figures.txt), then
## unit, rendering and end-to-end (tmux) tests
test: deps gate
	$(SWIFT) test

## gate: every evaluation on ../shared/data; fails when a figure falls more than 0.01 below eval/figures.txt
## (skipped without the data). `make gate GATE=--record` writes the figures measured now.
gate: deps
	@if [ -d ../shared/data ]; then \
	  $(SWIFT) build -c release --product SitrepEval && ./.build/release/SitrepEval gate $(GATE); \
	else echo "eval gate: skipped (no ../shared/data)"; fi

## bench: parse throughput, then sitrep and newsboat side by side on ../shared/data/news-sample.jsonl (or the
## bundled corpus) replicated to BENCH_SIZES articles (text files and an Atom feed under .build/bench): ingest,
## library size, first screen and keystroke-to-repaint in tmux, search and speaker latency, memory
BENCH_SIZES ?= 20000,200000
bench: deps
	@$(MAKE) --no-print-directory install-packages PACKAGES="newsboat"
	$(SWIFT) build -c release --product sitrep
	$(SWIFT) build -c release --product SitrepEval
	./.build/release/SitrepEval parse
	./.build/release/SitrepEval bench --sizes $(BENCH_SIZES) --sitrep ./.build/release/sitrep --work .build/bench

## eval: quotation, story-linking and layout measurements on ../shared/data
eval: deps
	$(SWIFT) build -c release --product SitrepEval
	./.build/release/SitrepEval quotes
	./.build/release/SitrepEval kinds
	./.build/release/SitrepEval stories
	./.build/release/SitrepEval layout

## fuzz: libFuzzer with AddressSanitizer for FUZZ_SECONDS each (default 600) over two targets: the core (parsing
## and extraction, inputs up to 64 KB, seeded with the sample corpus), then the library and the command line
## (each input becomes a folder of files stored in a real library, read back through every query, then ingested by
## the release binary and listed by every listing command; inputs up to 1 MB). A crash leaves its input in
## .build-fuzz/ (replay: swift run SitrepFuzz FILE, with SITREP_FUZZ_TARGET=library for the second target).
## LeakSanitizer is off for the second, as for make asan: the toolchain's Foundation leaks under it.
FUZZ_SECONDS ?= 600
fuzz: build
	SITREP_FUZZ=1 $(SWIFT) build -c release --product SitrepFuzz --scratch-path .build-fuzz
	mkdir -p .build-fuzz/corpus .build-fuzz/corpus-library
	cp Resources/corpus/*.txt .build-fuzz/corpus/
	cp Resources/corpus/*.txt .build-fuzz/corpus-library/
	./.build-fuzz/release/SitrepFuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
	  -artifact_prefix=.build-fuzz/ .build-fuzz/corpus
	ASAN_OPTIONS=detect_leaks=0 SITREP_FUZZ_TARGET=library SITREP_FUZZ_CLI=$(CURDIR)/.build/release/sitrep \
	  ./.build-fuzz/release/SitrepFuzz -max_total_time=$(FUZZ_SECONDS) -max_len=1048576 -len_control=0 -timeout=120 \
	  -rss_limit_mb=4096 \
	  -artifact_prefix=.build-fuzz/library- .build-fuzz/corpus-library

## asan, tsan: every test under AddressSanitizer / ThreadSanitizer (own build folders). LeakSanitizer is off:
## what it reports comes from the toolchain (XCTest's suite objects, FoundationEssentials' String(contentsOfFile:)).
asan: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan
tsan: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan

## stress: the release binary on a 50 MB single-line file and a file of a million tiny lines, with time and memory
stress: build
	@$(MAKE) --no-print-directory install-packages PACKAGES="time python3"
	@python3 -c "s='Officials said 23,000 households were without power after the strike, the ministry said. '; open('/tmp/sitrep-stress-line.txt','w').write(s*(50_000_000//len(s))); open('/tmp/sitrep-stress-lines.txt','w').write('a\n'*1_000_000)"
	/usr/bin/time -f "one 50 MB line: %e s, %M KB peak" ./.build/release/sitrep export /tmp/sitrep-stress-line.txt > /dev/null
	/usr/bin/time -f "a million tiny lines: %e s, %M KB peak" ./.build/release/sitrep export /tmp/sitrep-stress-lines.txt > /dev/null
	rm -f /tmp/sitrep-stress-line.txt /tmp/sitrep-stress-lines.txt
