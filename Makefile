# Two commands: `make demo` (crawl the bundled recorded portals, extract,
# build data/ris.db, serve it on http://127.0.0.1:8001) and `make test`.
# Both set up what they need: Debian packages (as root), a virtualenv, the package.

SYSTEM_PACKAGES = poppler-utils tesseract-ocr tesseract-ocr-deu ocrmypdf redis-server chromium chromium-driver libreoffice-calc
PYTHON ?= python3
VENV = .venv
BIN = $(VENV)/bin

.PHONY: demo test system venv clean

system:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq$$missing >/dev/null; \
	fi

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

demo: system venv
	$(BIN)/python -m crawler.demo

test: system venv
	$(BIN)/pytest -n 2 -q

clean:
	rm -rf $(VENV) data/ris.db* data/ris-responses.sqlite* data/files data/shards
