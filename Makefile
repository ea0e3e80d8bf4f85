# Thin wrapper: the real build is CMake (see CMakePresets.json).
BUILD ?= build
JOBS ?= 2

.PHONY: all deps test-deps configure build run test bench clean

all: build

deps:
	./packaging/install-deps.sh

test-deps:
	./packaging/install-deps.sh --test

configure:
	@test -f $(BUILD)/CMakeCache.txt || cmake --preset default

build: configure
	cmake --build $(BUILD) -j$(JOBS)

run: deps build
	./packaging/run-main.sh $(BUILD)

test: test-deps build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS) --timeout 900

bench: deps build
	./tests/bench/run-all.sh $(BUILD)

clean:
	rm -rf $(BUILD)
