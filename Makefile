# The two commands a fresh Debian 12 machine needs (README): `make run` and
# `make test`. Everything else is a helper.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all deps build run test bench clean train

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# The demo: code the project's own example article.
run: build
	$(BUILD)/dyad code --text --id example --date 2024-03-06 examples/article.txt

test: build
	$(BUILD)/dyad dict check
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bash bench/run.sh

# Reproduce the committed models from ../shared/corpora (docs/TRAINING.md).
train: build
	bash scripts/train-models.sh

clean:
	rm -rf $(BUILD)
