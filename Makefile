# Sitrep: `make run` opens the reader on the bundled corpus, `make test` runs every test.
# Both install the system packages they need first when missing (Debian/Ubuntu, through sudo when not root).

SWIFT ?= swift
APT_PACKAGES := libncurses-dev libsqlite3-dev tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test bench eval clean

all: build

## deps: install the system packages the build and the tests need, when missing
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
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

## run: open the reader on the bundled corpus
run: build
	./.build/release/sitrep Resources/corpus

## test: unit, rendering and end-to-end (tmux) tests
test: deps
	$(SWIFT) test

## bench: parse throughput on ../shared/data/news-sample.jsonl (skipped when the data is not there)
bench: deps
	$(SWIFT) build -c release --product SitrepEval
	./.build/release/SitrepEval parse

## eval: quotation, story-linking and layout measurements on ../shared/data
eval: deps
	$(SWIFT) build -c release --product SitrepEval
	./.build/release/SitrepEval quotes
	./.build/release/SitrepEval stories
	./.build/release/SitrepEval layout

clean:
	rm -rf .build
