"""A headless Chromium driven through selenium, as installed by ../shared/tools/install-site-checks.

Import this module before selenium: when the running Python has no selenium, it starts the script again with the
Python of the site-checks environment ($SITE_CHECKS_HOME/.venv, default ~/.cache/site-checks/.venv), the way the
shared screen-check does. CHROMIUM and CHROMEDRIVER override the browser and driver paths."""
import base64
import os
import sys

VENV_PYTHON = os.path.join(os.environ.get("SITE_CHECKS_HOME", os.path.expanduser("~/.cache/site-checks")),
                           ".venv", "bin", "python")

try:
    import selenium  # noqa: F401
except ImportError:
    if os.path.exists(VENV_PYTHON) and os.path.realpath(sys.prefix) != os.path.realpath(
            os.path.dirname(os.path.dirname(VENV_PYTHON))):
        os.execv(VENV_PYTHON, [VENV_PYTHON] + sys.argv)
    print("%s: selenium not found; run ../shared/tools/install-site-checks first" % os.path.basename(sys.argv[0]),
          file=sys.stderr)
    sys.exit(2)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402


def start():
    """A new headless Chromium. File pages may read other files (the export check loads SVGs into frames)."""
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--allow-file-access-from-files", "--hide-scrollbars", "--force-color-profile=srgb"):
        options.add_argument(argument)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"), log_output=os.devnull)
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(300)
    return driver


def emulate(driver, width, height=800, mobile=True):
    """Sets the viewport to WIDTH x HEIGHT CSS px at scale 1; MOBILE makes the page honour its viewport meta tag
    the way a phone does (a plain window cannot be made narrower than 500 px)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def file_url(path):
    return "file://" + os.path.abspath(path)


def full_page_png(driver, width, mobile, max_height=16000):
    """A PNG of the whole document of the loaded page at WIDTH CSS px. Returns (png bytes, document width,
    document height, captured height)."""
    width_px, height = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    captured = min(height, max_height)
    emulate(driver, width, captured, mobile)
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})["data"]
    return base64.b64decode(data), width_px, height, captured
