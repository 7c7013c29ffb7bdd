# Thin wrapper over CMake. `make demo` runs the main job, `make test` the tests.
BUILD ?= build
ASAN_BUILD ?= build-asan
# The sanitizer pass is built with clang (the plain build with the default compiler, gcc on
# Debian), so that every CI run compiles the project with both, warnings as errors.
ASAN_CC ?= $(shell command -v clang >/dev/null 2>&1 && echo clang || echo cc)
JOBS ?= $(shell nproc)

.PHONY: all setup build install demo test test-asan bench fuzz model clean

all: build

setup:
	@scripts/setup

build: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@MAKEFLAGS= cmake --build $(BUILD) -j $(JOBS) >$(BUILD).log 2>&1 || { cat $(BUILD).log; exit 1; }

# The tool, header, libraries, pkg-config file, lexicon, model, Python module and the
# dashboard's files (share/sitrep/web/).
PREFIX ?= /usr/local
install: build
	@cmake --install $(BUILD) --prefix $(PREFIX)

demo: build
	@scripts/demo $(BUILD)/sitrep

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# detect_stack_use_after_return: a pointer kept into a returned function's frame (one stage
# reading another's locals) is reported every time, not only when the bytes change.
test-asan: setup
	@CC=$(ASAN_CC) cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DSITREP_SANITIZE=ON >/dev/null
	@MAKEFLAGS= cmake --build $(ASAN_BUILD) -j $(JOBS) >$(ASAN_BUILD).log 2>&1 || { cat $(ASAN_BUILD).log; exit 1; }
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1 ctest --output-on-failure -j $(JOBS)

bench: build
	@bench/run $(BUILD)/sitrep
	@bench/parse_bench $(BUILD)/sitrep
	@bench/news_bench $(BUILD)/sitrep
	@bench/store_bench $(BUILD)/sitrep
	@bench/serve_bench $(BUILD)/sitrep

# Retrains the tagger and parser model from the UD English treebanks in ../shared/ud.
UD ?= ../shared/ud
model: build
	@$(BUILD)/sitrep train -o models/en_ud.model $(UD)/en_ewt-ud-train.conllu $(UD)/en_gum-open-train.conllu

fuzz: setup
	@scripts/fuzz

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
