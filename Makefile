# Thin wrappers over the CMake presets. `make run` and `make test` are the whole set-up.
PRESET_RUN  ?= release
PRESET_TEST ?= asan
export CCACHE_SLOPPINESS := pch_defines,time_macros,include_file_mtime,include_file_ctime
# Paths relative to the checkout: clones and worktrees elsewhere share the cache. Debug builds
# would otherwise hash the build folder too (for debug info), and share nothing.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

.PHONY: deps run test build package bench fuzz lint format translations clean

deps:
	@bash packaging/install-deps.sh

build: deps
	cmake --preset $(PRESET_RUN)
	cmake --build --preset $(PRESET_RUN)

# The .deb (CPack, Release, no tests): build/package/mealdesk_<version>_<arch>.deb.
package: deps
	cmake --preset package
	cmake --build --preset package

run: build
	./build/$(PRESET_RUN)/src/app/mealdesk $(ARGS)

test: deps
	cmake --preset $(PRESET_TEST)
	cmake --build --preset $(PRESET_TEST)
	ctest --preset $(PRESET_TEST)

# Release build of mealdesk-bench, then the run (ARGS=--quick for the short one).
bench: deps
	cmake --preset release
	cmake --build --preset release --target mealdesk-bench
	./build/release/bench/mealdesk-bench $(ARGS)

# libFuzzer (clang) over the domain's parsers, FUZZ_SECONDS per target (tests/fuzz/run-fuzz.sh).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= originnormalizer originlist jwtinspector connectionsettings csv
fuzz:
	@bash packaging/install-deps.sh fuzz
	cmake --preset fuzz
	cmake --build --preset fuzz
	bash tests/fuzz/run-fuzz.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# clang-tidy (.clang-tidy) over the project's own sources, with the test build's compile commands;
# only the generated headers (moc, uic) are built first.
LINT_SOURCES := $(CURDIR)/(src|tests|bench)/
lint:
	@bash packaging/install-deps.sh lint
	cmake --preset $(PRESET_TEST)
	cmake --build --preset $(PRESET_TEST) --target autogen
	run-clang-tidy -quiet -p build/$(PRESET_TEST) -header-filter='^$(LINT_SOURCES)' '^$(LINT_SOURCES)'

translations:
	cmake --preset $(PRESET_RUN)
	cmake --build --preset $(PRESET_RUN) --target update_translations

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf build
