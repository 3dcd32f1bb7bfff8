/*
 * <redline-issue-marks>: underlines check issues inline in the segment editor. A textarea cannot style parts of
 * its text, so this element lays a transparent copy of the text exactly over the textarea and underlines the
 * issue spans in it; pointer events pass through to the textarea. While the translator types, marks move with
 * the text around them and marks inside the edited stretch disappear until the next check arrives.
 *
 * Served as a static file (no frontend build): the server sets the `marks` property to
 * {"text": "...", "issues": [{"start": 0, "end": 3, "severity": "ERROR", "message": "..."}]}.
 */
(() => {
  if (customElements.get('redline-issue-marks')) {
    return;
  }
  const RANK = { ERROR: 3, WARNING: 2, INFO: 1 };
  const COPIED = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing',
    'textTransform', 'textIndent', 'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
    'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'direction', 'whiteSpace',
    'overflowWrap', 'wordBreak'];

  class RedlineIssueMarks extends HTMLElement {
    constructor() {
      super();
      this._text = '';
      this._issues = [];
      this._mirror = document.createElement('div');
      this._mirror.className = 'marks-mirror';
      this._onInput = () => this._follow();
      this._onScroll = () => { this._mirror.scrollTop = this._textarea ? this._textarea.scrollTop : 0; };
      this._resize = new ResizeObserver(() => this._place());
    }

    connectedCallback() {
      this.setAttribute('aria-hidden', 'true');
      if (!this._mirror.isConnected) {
        this.appendChild(this._mirror);
      }
      this._attach();
    }

    disconnectedCallback() {
      this._detach();
    }

    set marks(value) {
      const parsed = typeof value === 'string' ? JSON.parse(value || '{}') : (value || {});
      this._text = parsed.text || '';
      this._issues = (parsed.issues || []).filter(i => i.end > i.start && i.end <= this._text.length);
      this._attach();
      // Marks computed for an older text than the field holds now are moved along with the edits since.
      this._follow();
    }

    /** The spans currently underlined, for tests: [{start, end, severity}]. */
    get visibleMarks() {
      return this._issues.map(i => ({ start: i.start, end: i.end, severity: i.severity }));
    }

    _attach() {
      const textarea = this.parentElement && this.parentElement.querySelector('textarea');
      if (!textarea || textarea === this._textarea) {
        return;
      }
      this._detach();
      this._textarea = textarea;
      textarea.addEventListener('input', this._onInput);
      textarea.addEventListener('scroll', this._onScroll);
      this._resize.observe(textarea);
    }

    _detach() {
      if (this._textarea) {
        this._textarea.removeEventListener('input', this._onInput);
        this._textarea.removeEventListener('scroll', this._onScroll);
        this._resize.disconnect();
        this._textarea = null;
      }
    }

    /** Shifts marks past the edited stretch (common prefix and suffix of old and new text) and drops marks inside it. */
    _follow() {
      const now = this._textarea ? this._textarea.value : this._text;
      const before = this._text;
      if (now !== before) {
        let prefix = 0;
        while (prefix < before.length && prefix < now.length && before[prefix] === now[prefix]) {
          prefix++;
        }
        let suffix = 0;
        while (suffix < before.length - prefix && suffix < now.length - prefix
               && before[before.length - 1 - suffix] === now[now.length - 1 - suffix]) {
          suffix++;
        }
        const editedEnd = before.length - suffix;
        const shift = now.length - before.length;
        this._issues = this._issues
          .filter(i => i.end <= prefix || i.start >= editedEnd)
          .map(i => (i.start >= editedEnd ? { ...i, start: i.start + shift, end: i.end + shift } : i));
        this._text = now;
      }
      this._render();
    }

    _render() {
      const text = this._text;
      const cuts = new Set([0, text.length]);
      this._issues.forEach(i => { cuts.add(i.start); cuts.add(i.end); });
      const points = [...cuts].sort((a, b) => a - b);
      const fragment = document.createDocumentFragment();
      for (let k = 0; k + 1 < points.length; k++) {
        const from = points[k];
        const to = points[k + 1];
        const covering = this._issues.filter(i => i.start <= from && to <= i.end);
        const piece = document.createTextNode(text.substring(from, to));
        if (covering.length === 0) {
          fragment.appendChild(piece);
          continue;
        }
        const worst = covering.reduce((a, b) => ((RANK[b.severity] || 0) > (RANK[a.severity] || 0) ? b : a));
        const mark = document.createElement('mark');
        mark.className = 'issue-mark severity-' + worst.severity;
        mark.appendChild(piece);
        fragment.appendChild(mark);
      }
      // A trailing newline needs a character after it to take up its line, as it does in the textarea.
      fragment.appendChild(document.createTextNode('\u200b'));
      this._mirror.replaceChildren(fragment);
      this._place();
    }

    /** Puts the mirror exactly over the textarea, with the textarea's font, padding and wrapping. */
    _place() {
      const textarea = this._textarea;
      if (!textarea || textarea.getClientRects().length === 0) {
        return;
      }
      const style = getComputedStyle(textarea);
      COPIED.forEach(property => { this._mirror.style[property] = style[property]; });
      const box = textarea.getBoundingClientRect();
      // Measured rather than computed from offsetParent: the containing block may sit in a shadow root.
      this.style.left = '0px';
      this.style.top = '0px';
      const origin = this.getBoundingClientRect();
      this.style.left = (box.left - origin.left) + 'px';
      this.style.top = (box.top - origin.top) + 'px';
      this.style.width = box.width + 'px';
      this.style.height = box.height + 'px';
      // A scrollbar narrows the textarea's text; the mirror has none, so it pads the same width instead.
      const scrollbar = textarea.offsetWidth - textarea.clientWidth
        - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      this._mirror.style.paddingRight = (parseFloat(style.paddingRight) + Math.max(0, scrollbar)) + 'px';
      this._mirror.scrollTop = textarea.scrollTop;
    }
  }

  customElements.define('redline-issue-marks', RedlineIssueMarks);
})();
