"""JavaScript run in the page by the reflow, export and screenshot scripts, and how their findings are worded."""

# selectorOf(element): a short CSS path that finds the element again: up to four steps, ending at an id.
SELECTOR_OF = r"""
function selectorOf(element) {
  const steps = [];
  for (let e = element; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
    let step = e.localName;
    if (e.id) { steps.unshift(step + '#' + e.id); break; }
    const classes = (e.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean);
    if (classes.length) step += '.' + classes.slice(0, 2).join('.');
    steps.unshift(step);
    if (steps.length === 4) break;
  }
  return steps.join(' > ');
}
"""

# textOutside(svgs, tolerance, needViewBox): every rendered <text> of the given <svg> elements whose box (getBBox,
# taken into the svg's own user space, the viewBox's coordinates) reaches more than TOLERANCE units past the
# viewBox. Text of a nested <svg> is measured against that svg. An svg without a viewBox is reported as such when
# NEEDVIEWBOX (an exported chart must scale), else skipped.
TEXT_OUTSIDE = SELECTOR_OF + r"""
function textOutside(svgs, tolerance, needViewBox) {
  const found = [];
  for (const svg of svgs) {
    const view = svg.viewBox && svg.viewBox.baseVal;
    if (!view || !view.width || !view.height) {
      if (needViewBox) found.push({svg: selectorOf(svg), noViewBox: true});
      continue;
    }
    const svgMatrix = svg.getScreenCTM();
    if (!svgMatrix) continue;
    const toViewBox = svgMatrix.inverse();
    for (const text of svg.querySelectorAll('text')) {
      if (text.parentElement.closest('svg') !== svg) continue;
      let box;
      try { box = text.getBBox(); } catch (e) { continue; }
      const textMatrix = text.getScreenCTM();
      if (!box.width || !box.height || !textMatrix) continue;
      const m = toViewBox.multiply(textMatrix);
      const xs = [], ys = [];
      for (const [x, y] of [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height],
                            [box.x + box.width, box.y + box.height]]) {
        xs.push(m.a * x + m.c * y + m.e);
        ys.push(m.b * x + m.d * y + m.f);
      }
      const beyond = {left: view.x - Math.min(...xs), right: Math.max(...xs) - (view.x + view.width),
                      top: view.y - Math.min(...ys), bottom: Math.max(...ys) - (view.y + view.height)};
      let side = null, amount = tolerance;
      for (const k of ['left', 'right', 'top', 'bottom']) if (beyond[k] > amount) { side = k; amount = beyond[k]; }
      const words = [...text.childNodes].map(n => n.textContent.trim()).filter(Boolean).join(' / ')
        .replace(/\s+/g, ' ');
      if (side) found.push({svg: selectorOf(svg), text: words.slice(0, 60),
                            cls: text.getAttribute('class') || '', side: side, amount: Math.round(amount * 10) / 10});
    }
  }
  return found;
}
"""

# A page at the emulated width: the document's width and, when it is wider than WIDTH, what makes it so: the
# outermost elements whose box reaches past the right edge, furthest first; or, when no box does, the innermost
# elements whose content does (a long line in a <pre>). Elements inside a box that scrolls or clips sideways are
# not blamed (a table in a scroll region is fine). Also every chart text outside its svg's viewBox.
REFLOW = TEXT_OUTSIDE + r"""
const width = arguments[0], tolerance = arguments[1];
const root = document.documentElement;
const result = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, sticking: [],
                text: textOutside([...document.querySelectorAll('svg')].filter(s => s.querySelector('text')),
                                  tolerance, false)};
const describe = (element, r, right) => ({selector: selectorOf(element), width: Math.round(r.width),
  right: Math.round(right), text: (element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50)});
if (result.scrollWidth > width && document.body) {
  const overflowing = [];
  // Returns whether anything in ELEMENT's subtree reaches past the edge.
  const walk = (element, insideClip, parentSticks) => {
    let below = false;
    for (const child of element.children) {
      const r = child.getBoundingClientRect();
      const right = r.right + window.scrollX;
      const sticks = !insideClip && r.width > 0 && right > width + 0.5;
      if (sticks && !parentSticks) result.sticking.push(describe(child, r, right));
      const clips = insideClip || getComputedStyle(child).overflowX !== 'visible';
      const inner = walk(child, clips, sticks);
      const contentRight = r.left + window.scrollX + child.scrollWidth;
      if (!clips && !inner && r.width > 0 && contentRight > width + 0.5) {
        overflowing.push(describe(child, r, contentRight));
      }
      below = below || sticks || inner || (!clips && r.width > 0 && contentRight > width + 0.5);
    }
    return below;
  };
  walk(document.body, false, false);
  if (!result.sticking.length) result.sticking = overflowing;
  result.sticking.sort((a, b) => b.right - a.right || b.width - a.width);
}
return result;
"""


# For export-check: loads each file into its own frame of a harness page, a batch at a time, and measures it
# there. Calls back with one entry per file: {texts, outside} or {error}.
EXPORTS = TEXT_OUTSIDE + r"""
const [urls, tolerance, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const results = new Array(urls.length);
let pending = urls.length;
urls.forEach((url, i) => {
  const frame = document.createElement('iframe');
  frame.width = 1600; frame.height = 1200;
  frame.onload = () => {
    try {
      const svg = frame.contentDocument.documentElement;
      if (svg.localName !== 'svg') throw new Error('not an SVG document: <' + svg.localName + '>');
      results[i] = {texts: svg.querySelectorAll('text').length, outside: textOutside([svg], tolerance, true)};
    } catch (e) {
      results[i] = {error: String(e)};
    }
    frame.remove();
    if (--pending === 0) done(results);
  };
  frame.src = url;
  document.body.appendChild(frame);
});
"""


def describe_text(finding):
    """One clipped text element in words: "Tammerforsregionen" (chart-label) 24.5 past the right edge."""
    if finding.get("noViewBox"):
        return "%s has no viewBox" % finding["svg"]
    return "\"%s\"%s %.1f past the %s edge" % (finding["text"], " (%s)" % finding["cls"] if finding["cls"] else "",
                                                finding["amount"], finding["side"])
