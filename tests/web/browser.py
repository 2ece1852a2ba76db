#!/usr/bin/env python3
"""The web app end to end in headless Chromium (issue #17, docs/web.md#tests).

browser.py MGCALC OUT_DIR AXE_JS

Starts `mgcalc web --port 0` on a temporary data directory with a fixed date, then with
the keyboard only logs a food from the search box and sees the total; reloads; deletes
and undoes; logs a supplement; sees the PPI flag on Check and the chart on Week; sees an
entry added with the CLI on reload; switches profile; logs a suggestion from Check with one
click (and undoes it); logs a saved meal made with the CLI; ranks top sources by group as
`foods top` does; adds a food from a label and finds it; edits a profile and sees the CLI's
message for a bad birthdate. Screenshots at 1280 and 375 px go
to OUT_DIR and must not be blank. axe-core runs on every page: no serious or critical
violation. The browser console must stay free of errors (a CSP violation is one).
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

MGCALC, OUT_DIR, AXE_JS = sys.argv[1:4]
TODAY = "2026-03-04"
failures = []


def check(ok, what):
    print(("ok:   " if ok else "FAIL: ") + what, flush=True)
    if not ok:
        failures.append(what)


def cli(env, *args):
    return subprocess.run([MGCALC, *args], env=env, check=True, capture_output=True, text=True).stdout


def start_server(env):
    proc = subprocess.Popen([MGCALC, "web", "--port", "0", "--profile", "ana"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    match = re.match(r"Serving on (http://127\.0\.0\.1:\d+/)$", line.strip())
    if not match:
        proc.kill()
        sys.exit(f"FAIL: mgcalc web printed {line!r}")
    return proc, match.group(1)


def browser():
    opts = Options()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--no-first-run", "--disable-background-networking", "--window-size=1280,1000"):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=opts)


def wait_for(driver, condition, what, timeout=10):
    def attempt(d):
        try:
            return condition(d)
        except WebDriverException:  # the page is reloading: its elements have gone stale
            return False
    try:
        result = WebDriverWait(driver, timeout).until(attempt)
        check(True, what)
        return result
    except TimeoutException:
        check(False, what)
        return None


def text(driver, css):
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0].text if found else ""


def console_errors(driver):
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def run_axe(driver, axe_source, page):
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));")
    bad = [v for v in result if v.get("impact") in ("serious", "critical")]
    for v in bad:
        print(f"  {page}: {v['id']} ({v['impact']}): {v['help']}; "
              f"{[n.get('target') for n in v.get('nodes', [])][:3]}")
    check(not bad, f"axe-core on {page}: no serious or critical violations")


def screenshot(driver, width, path):
    driver.set_window_size(width, 1000)
    driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    time.sleep(0.3)
    driver.save_screenshot(path)
    return os.path.getsize(path)


def api_get(url, path):
    with urllib.request.urlopen(url + "api/v1/" + path) as r:
        return json.load(r)


def check_log_suggestion(driver, env, url, axe_source):
    """Check: one click logs a suggestion's own food and amount on the checked day."""
    day = "2026-03-02"
    cli(env, "log", "add", "banana", "1 medium", "--profile", "ana", "--date", day)
    driver.get(url + "check?date=" + day)
    buttons = driver.find_elements(By.CSS_SELECTOR, "button.log-suggestion")
    check(bool(buttons), "Check offers a Log button for each suggestion")
    if not buttons:
        return
    run_axe(driver, axe_source, "/check with suggestions")
    food, amount = buttons[0].get_attribute("data-food"), buttons[0].get_attribute("data-amount")
    suggested = api_get(url, f"check?date={day}&profile=ana")["suggestions"]
    items = suggested["more"] + suggested["swaps"] + suggested["alone"] + suggested["plan"]["items"]
    pairs = {(x["food_id"], x["amount"]) for x in items}
    check((food, amount) in pairs, f"the button logs the check's own suggestion ({food}, {amount})")
    check(buttons[0].text == "Log " + amount, f"the button says what it logs ({buttons[0].text})")

    def logged():
        return [e for e in api_get(url, f"entries?date={day}&profile=ana")["entries"]
                if e.get("food_id") == food and e["amount"] == amount]

    already = len(logged())  # "more" suggests what the day already has
    buttons[0].click()
    wait_for(driver, lambda d: "Logged" in text(d, "#status"), "one click logs the suggestion")
    check(len(logged()) == already + 1, "exactly the suggested serving is in the journal")
    wait_for(driver, lambda d: d.find_elements(By.ID, "undo"), "logging a suggestion offers Undo")
    run_axe(driver, axe_source, "/check after logging a suggestion")
    driver.find_element(By.ID, "undo").click()
    wait_for(driver, lambda d: "Removed" in text(d, "#status"), "Undo takes the suggestion back")
    check(len(logged()) == already, "after Undo the journal no longer has it")
    driver.find_element(By.CSS_SELECTOR, f"button.log-suggestion[data-food='{food}']").click()
    wait_for(driver, lambda d: "Logged" in text(d, "#status"), "the suggestion is logged again")
    name = logged()[0]["name"] if logged() else "?"
    driver.get(url + "?date=" + day)
    check(name in text(driver, "main"), f"the logged suggestion shows on Day ({name})")


def check_saved_meal(driver, env, url, axe_source):
    """Day: a saved meal made with the CLI is logged with one button."""
    day = "2026-03-06"
    cli(env, "meal", "add", "usual", "banana", "1 medium", "spinach-boiled", "1/2 cup",
        "--meal", "breakfast", "--profile", "ana")
    listed = api_get(url, "meals?profile=ana")["meals"]
    check([m["name"] for m in listed] == ["usual"], f"GET /api/v1/meals lists the meal ({listed})")
    driver.get(url + "?date=" + day)
    check("usual" in text(driver, "#saved-meals"), "Day lists the saved meals")
    check("Spinach, boiled 1/2 cup" in text(driver, "#saved-meals")
          and "spinach-boiled" not in text(driver, "#saved-meals"),
          f"by food name, as meal show ({text(driver, '#saved-meals')})")
    run_axe(driver, axe_source, "/ with saved meals")
    # Half of it, as `log meal usual --scale 1/2`.
    scale = driver.find_element(By.CSS_SELECTOR, "#saved-meals input.meal-scale")
    scale.clear()
    scale.send_keys("1/2")
    driver.find_element(By.CSS_SELECTOR, "button.log-meal[data-name='usual']").click()
    wait_for(driver, lambda d: "Logged saved meal usual × 1/2" in text(d, "#status"),
             "the saved meal is logged")
    entries = api_get(url, f"entries?date={day}&profile=ana")["entries"]
    check(sorted(e["food_id"] for e in entries) == ["banana", "spinach-boiled"]
          and all(e["meal"] == "breakfast" for e in entries),
          f"its foods are in the journal, as breakfast ({[e['food_id'] for e in entries]})")
    # 1/2 cup of boiled spinach is 90 g at 87 mg/100 g (SR28 11458): half of it, 45 g.
    spinach = [e for e in entries if e["food_id"] == "spinach-boiled"][0]
    check(abs(spinach["magnesium_mg"] - 39.15) < 0.1,
          f"each amount is scaled ({spinach['amount']}, {spinach['magnesium_mg']} mg)")
    check(text(driver, "#day-total") != "0 mg", "the day total counts the meal")


def check_foods(driver, env, url, axe_source):
    """Foods: top sources by group, as `foods top`; a custom food from a label."""
    driver.get(url + "foods")
    group = driver.find_elements(By.CSS_SELECTOR, "#top-group option")[1].get_attribute("value")
    cli_top = json.loads(cli(env, "--profile", "ana", "foods", "top", "--group", group,
                             "--per", "100g", "--format", "json"))
    driver.get(url + f"foods?group={group}&per=100g")
    names = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#top-foods tbody td:first-child")]
    check(names == [f["name"] for f in cli_top["foods"]],
          f"top sources of {group} are those of foods top ({names[:3]})")
    check(text(driver, "#top-footer") == cli_top["note"], "with the same not-advice note")
    api_top = api_get(url, f"foods/top?group={group}&per=100g")
    check(api_top == cli_top, "GET /api/v1/foods/top answers as foods top --format json")
    run_axe(driver, axe_source, f"/foods?group={group}")
    # The page is the profile's list: only what check may suggest (never Brazil nuts, whose
    # selenium keeps them out of every suggestion), in check's servings.
    driver.get(url + "foods?group=nuts-seeds&per=serving")
    nuts = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#top-foods tbody td:first-child")]
    check(nuts and not any("Brazil" in n for n in nuts)
          and "may suggest to this person" in text(driver, "#top-footer"),
          f"the page ranks only what check may suggest, and says so ({nuts[:3]})")

    driver.find_element(By.ID, "cf-id").send_keys("trail-bar")
    driver.find_element(By.ID, "cf-name").send_keys("Trail bar with seeds")
    driver.find_element(By.ID, "cf-mg-serving").send_keys("60")
    driver.find_element(By.ID, "cf-serving").send_keys("40 g")
    driver.find_element(By.ID, "cf-portion").send_keys("1 bar=40", Keys.ENTER)
    wait_for(driver, lambda d: "Saved trail-bar" in text(d, "#status"), "a food from a label is saved")
    check("Trail bar with seeds" in text(driver, "#food-results"), "the search finds the new food")
    shown = json.loads(cli(env, "foods", "show", "trail-bar", "--exact", "--format", "json"))
    check(shown["mg_per_100g"] == 150, f"as the CLI's own: 60 mg in 40 g is 150 mg/100 g "
          f"({shown['mg_per_100g']})")
    run_axe(driver, axe_source, "/foods after adding a food")
    errors = console_errors(driver)
    check(not errors, f"no console errors ({errors[:3]})")
    # The CLI's message for an id that exists, word for word.
    driver.find_element(By.ID, "cf-id").send_keys("banana")
    driver.find_element(By.ID, "cf-mg-100g").send_keys("27", Keys.ENTER)
    wait_for(driver, lambda d: "'banana' is already a food in the database" in text(d, "#status"),
             "a taken id gets the CLI's message")
    console_errors(driver)  # the 400 it answered, logged by the browser
    # An id the user has already: the form has no --force, so the hint is the form's own.
    driver.find_element(By.ID, "cf-id").clear()
    driver.find_element(By.ID, "cf-id").send_keys("trail-bar", Keys.ENTER)
    wait_for(driver, lambda d: "you already have a food 'trail-bar'" in text(d, "#status"),
             "an id of your own foods is refused")
    check("--" not in text(driver, "#status") and "(choose another id)" in text(driver, "#status"),
          f"in a form's words, not the CLI's options ({text(driver, '#status')})")
    # `top` is the top sources' route: refused as an id, by the CLI's check.
    driver.find_element(By.ID, "cf-id").clear()
    driver.find_element(By.ID, "cf-id").send_keys("top", Keys.ENTER)
    wait_for(driver, lambda d: "food id 'top' is reserved" in text(d, "#status"),
             "the id top is refused")
    check(isinstance(api_get(url, "foods/top").get("foods"), list),
          "GET /api/v1/foods/top still lists top sources")
    console_errors(driver)


def check_edit_profile(driver, env, url, axe_source):
    """Profiles: edit with the CLI's checks and messages; a bad birthdate writes nothing."""
    path = os.path.join(env["MGCALC_HOME"], "profiles", "ben.yaml")
    # The food search works on a profile switched to by URL (the API URL carries both).
    driver.get(url + "?profile=ben")
    driver.find_element(By.ID, "food-search").send_keys("pumpkin seeds")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#food-options li"),
             "the food search answers on another profile's Day page")
    driver.get(url + "profiles?profile=ben")
    run_axe(driver, axe_source, "/profiles with the edit form")
    meds = driver.find_element(By.ID, "pf-medicines")
    meds.clear()
    meds.send_keys("metformin")
    driver.find_element(By.ID, "pf-exclude").send_keys("fish")
    driver.find_element(By.CSS_SELECTOR, "#edit-profile button[type=submit]").click()
    wait_for(driver, lambda d: "Saved profile ben" in text(d, "#status"), "a profile edit is saved")
    shown = json.loads(cli(env, "profile", "show", "ben", "--format", "json"))["profile"]
    check(shown["medicines"] == ["metformin"] and shown["exclude"] == ["fish"],
          f"the CLI reads the edit ({shown['medicines']}, {shown['exclude']})")
    errors = console_errors(driver)
    check(not errors, f"no console errors ({errors[:3]})")
    with open(path, "rb") as f:
        before = f.read()
    cli_error = subprocess.run([MGCALC, "profile", "init", "x", "--birthdate", "2099-01-01",
                                "--sex", "male"], env=env, capture_output=True, text=True)
    message = next((l.split("error: ", 1)[1] for l in cli_error.stderr.splitlines()
                    if "error: " in l), "?")
    driver.find_element(By.ID, "pf-age").clear()
    birth = driver.find_element(By.ID, "pf-birthdate")
    birth.clear()
    birth.send_keys("2099-01-01", Keys.ENTER)
    wait_for(driver, lambda d: message in text(d, "#status"),
             f"a birthdate in the future gets the CLI's message ({message})")
    with open(path, "rb") as f:
        check(f.read() == before, "the refused edit leaves the file byte-identical")
    run_axe(driver, axe_source, "/profiles with an error")


def check_narrow(driver, url):
    """The new pages read on a 375 px phone: nothing scrolls sideways."""
    driver.set_window_size(375, 1000)
    for page in ("check?date=2026-03-02", "?date=2026-03-06", "foods?group=beverages&per=serving",
                 "profiles"):
        driver.get(url + page)
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        check(overflow <= 1, f"/{page} at 375 px: nothing scrolls sideways ({overflow} px)")
        name = re.sub(r"[^a-z0-9]+", "-", page.split("?")[0] or "day-meals")
        driver.save_screenshot(os.path.join(OUT_DIR, f"web-{name}-375.png"))
    driver.set_window_size(1280, 1000)


def main():
    tmp = tempfile.mkdtemp()
    env = dict(os.environ, MGCALC_HOME=os.path.join(tmp, "data"), MGCALC_TODAY=TODAY)
    cli(env, "profile", "init", "ana", "--age", "45", "--sex", "female", "--medicine", "omeprazole")
    cli(env, "profile", "init", "ben", "--age", "50", "--sex", "male")
    server, url = start_server(env)
    driver = browser()
    with open(AXE_JS) as f:
        axe_source = f.read()
    try:
        driver.get(url)
        check(text(driver, "#day-total") == "0 mg", "an empty day totals 0 mg")
        check(driver.switch_to.active_element.get_attribute("id") == "food-search",
              "the food search box has the focus")

        # Log a food with the keyboard only.
        keys = driver.switch_to.active_element
        keys.send_keys("pumpkin seeds")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#food-options li"),
                 "typing shows matching foods")
        keys.send_keys(Keys.ARROW_DOWN, Keys.ARROW_UP)
        check(keys.get_attribute("aria-activedescendant") == "food-option-0",
              "arrows move through the matches")
        keys.send_keys(Keys.ENTER)
        wait_for(driver, lambda d: d.switch_to.active_element.get_attribute("id") == "portion",
                 "Enter picks the food and moves to its portions")
        active = driver.switch_to.active_element
        active.send_keys(Keys.TAB)                                  # amount
        driver.switch_to.active_element.send_keys(Keys.TAB)         # meal
        driver.switch_to.active_element.send_keys("snack")
        driver.switch_to.active_element.send_keys(Keys.TAB)         # the Add button
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        wait_for(driver, lambda d: "Added" in text(d, "#status"), "the food is added")
        total = text(driver, "#day-total")
        check(total not in ("", "0 mg"), f"the total updates ({total})")
        check("Pumpkin" in text(driver, "main") or "pumpkin" in text(driver, "main").lower(),
              "the entry is listed")
        driver.refresh()
        check(text(driver, "#day-total") == total, "after a reload the total is the same")

        # Delete and undo.
        driver.find_element(By.CSS_SELECTOR, "button.delete").click()
        wait_for(driver, lambda d: d.find_elements(By.ID, "undo"), "delete offers Undo")
        check(text(driver, "#day-total") == "0 mg", "deleting takes the entry off")
        driver.find_element(By.ID, "undo").click()
        wait_for(driver, lambda d: "Restored" in text(d, "#status"), "Undo restores the entry")
        check(text(driver, "#day-total") == total, "after Undo the total is back")

        # A supplement: the form states the upper limit as `rda` does, the answer as `log
        # supplement` does.
        check(text(driver, "#sup-ul").startswith(
                  "Upper limit: 350 mg/day from supplements and medicines only"),
              f"the supplement form states the upper limit ({text(driver, '#sup-ul')})")
        driver.find_element(By.ID, "sup-name").send_keys("magnesium glycinate")
        driver.find_element(By.ID, "sup-amount").send_keys("100 mg", Keys.ENTER)
        wait_for(driver, lambda d: "Added magnesium glycinate" in text(d, "#status"),
                 "the supplement is added")
        check("supplements 100 mg of the 350 mg upper limit" in text(driver, "#status"),
              f"with the day's supplements against the upper limit ({text(driver, '#status')})")
        check("supplement" in text(driver, "main"), "the supplement is listed")
        # Milk of magnesia as elemental: the note on the hydroxide's mass, then Undo.
        driver.find_element(By.ID, "sup-name").send_keys("milk of magnesia")
        driver.find_element(By.ID, "sup-amount").send_keys("400 mg", Keys.ENTER)
        wait_for(driver, lambda d: "Added milk of magnesia" in text(d, "#status"),
                 "milk of magnesia is added")
        check("if 400 mg is the mass of magnesium hydroxide (milk of magnesia) rather than of "
              "magnesium, it holds 167 mg of magnesium" in text(driver, "#status"),
              f"with the CLI's note ({text(driver, '#status')})")
        driver.find_element(By.ID, "undo").click()
        wait_for(driver, lambda d: "Removed what was logged" in text(d, "#status"),
                 "Undo takes the milk of magnesia off")

        # The CLI writes; the app sees it on reload.
        cli(env, "log", "add", "banana", "1 medium", "--profile", "ana", "--meal", "breakfast")
        driver.refresh()
        check("Banana" in text(driver, "main"), "an entry added with the CLI shows on reload")

        # Edit the banana's amount with the keyboard: its magnesium doubles.
        before = text(driver, "#day-total")
        edit = [b for b in driver.find_elements(By.CSS_SELECTOR, "button.edit")
                if "Banana" in b.get_attribute("aria-label")][0]
        edit.click()
        field = driver.switch_to.active_element
        field.send_keys(Keys.CONTROL, "a")
        field.send_keys("2 medium", Keys.ENTER)
        wait_for(driver, lambda d: "Changed Banana" in text(d, "#status"), "Edit changes the amount")
        check(text(driver, "#day-total") != before, f"the total follows the edit ({before} → "
              f"{text(driver, '#day-total')})")

        # Copy the day to the next one.
        day_total = text(driver, "#day-total")
        driver.get(url + "?date=2026-03-05")
        driver.find_element(By.ID, "copy-day").click()
        wait_for(driver, lambda d: "Copied" in text(d, "#status"), "Copy brings the day before")
        # The day after today: the add's warnings (docs/json.md) follow its message.
        check("Warning: 2026-03-05 is after today (2026-03-04): if the date is a typo, remove "
              "the entry." in text(driver, "#status"),
              f"the copy's warning is shown ({text(driver, '#status')})")
        check(text(driver, "#day-total") == day_total, "the copied day has the same total")
        driver.get(url)

        shots = {w: os.path.join(OUT_DIR, f"web-day-{w}.png") for w in (1280, 375)}
        sizes = {w: screenshot(driver, w, p) for w, p in shots.items()}
        driver.get("about:blank")
        blank = screenshot(driver, 1280, os.path.join(tmp, "blank.png"))
        for w, size in sizes.items():
            check(size > 5 * blank and size > 15000,
                  f"the {w} px screenshot is not blank ({size} bytes, blank {blank})")
        driver.set_window_size(375, 1000)
        driver.get(url)
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        check(overflow <= 1, f"at 375 px nothing scrolls sideways ({overflow} px)")
        driver.set_window_size(1280, 1000)

        # Check: the PPI flag.
        driver.get(url + "check")
        flags = text(driver, "#flags")
        check("proton pump" in flags.lower() or "ppi" in flags.lower(),
              "Check shows the flag of a profile on a PPI")
        check(text(driver, "#verdict") != "", "Check states a verdict")

        # Week: the chart.
        driver.get(url + "week")
        check(bool(driver.find_elements(By.CSS_SELECTOR, "#report svg rect")), "Week shows the chart")

        # Focus is visible.
        driver.get(url + "foods")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB, Keys.TAB)
        outline = driver.execute_script(
            "return getComputedStyle(document.activeElement).outlineStyle")
        check(outline not in ("none", ""), f"the focused control shows an outline ({outline})")

        # Accessibility of every page.
        for page in ("", "check", "week", "foods?q=spinach", "foods/spinach-boiled", "profiles"):
            driver.get(url + page)
            run_axe(driver, axe_source, "/" + page)
        errors = console_errors(driver)
        check(not errors, f"no console errors ({errors[:3]})")

        # Switch profile.
        driver.get(url + "profiles")
        driver.find_element(By.LINK_TEXT, "ben").click()
        wait_for(driver, lambda d: text(d, "#profile-name") == "ben", "switching to ben works")
        check(text(driver, "#day-total") == "0 mg", "ben's day is his own")
        errors = console_errors(driver)
        check(not errors, f"no console errors ({errors[:3]})")

        check_log_suggestion(driver, env, url, axe_source)
        check_saved_meal(driver, env, url, axe_source)
        check_foods(driver, env, url, axe_source)
        check_edit_profile(driver, env, url, axe_source)
        check_narrow(driver, url)
    finally:
        driver.quit()
        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=10)
        check(code == 0, f"Ctrl-C stops the server cleanly (exit {code})")
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("ok: the web app works end to end in " + driver.capabilities.get("browserVersion", "?"))


main()
