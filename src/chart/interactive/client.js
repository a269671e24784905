(function () {
  'use strict';
  var TONE_COLOR = { title: '#1f2328', header: '', meta: '#57606a', vacant: '#c4321f', more: '#0b63c5' };
  var ACCENT = '#0b63c5';
  var CELL = 512;
  var live = document.body.getAttribute('data-live') === '1';
  var $ = function (id) {
    return document.getElementById(id);
  };
  var canvas = $('chart');
  var ctx = canvas.getContext('2d');
  var mini = $('minimap');
  var mctx = mini.getContext('2d');
  var api = { ready: false, version: 0, firstFrame: -1, lastFrame: -1, drawn: 0, errors: [] };
  window.orgctl = api;

  var D, N, E, W;
  var n = 0;
  var byId, kids, mgr, members, dottedIn, dottedOut, level, order;
  var collapsed, hidden, below, boxesBelow, visibleBelow, widths, hay;
  var grid,
    gridCols,
    gridRows,
    containers,
    stamp,
    stampNo = 0;
  var view = { s: 1, x: 0, y: 0 };
  var selected = -1,
    marked = -1;
  var cssW = 0,
    cssH = 0,
    dpr = 1;
  var frameQueued = false,
    miniDirty = true,
    miniCache = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }

  /* ---------- data ---------- */
  function load(payload, keep) {
    var oldCollapsed = {},
      oldSelected = null;
    if (keep && D) {
      for (var k = 0; k < n; k++) if (collapsed[k]) oldCollapsed[N[k].i] = 1;
      if (selected >= 0) oldSelected = N[selected].i;
    }
    D = payload;
    N = D.nodes;
    E = D.edges;
    W = D.words;
    n = N.length;
    byId = new Map();
    kids = [];
    members = [];
    dottedIn = [];
    dottedOut = [];
    mgr = new Int32Array(n).fill(-1);
    for (var i = 0; i < n; i++) {
      byId.set(N[i].i, i);
      kids.push([]);
      members.push([]);
      dottedIn.push([]);
      dottedOut.push([]);
    }
    for (i = 0; i < n; i++) if (N[i].p >= 0) members[N[i].p].push(i);
    for (i = 0; i < E.length; i++) {
      var e = E[i];
      if (e[2]) {
        dottedIn[e[1]].push(e[0]);
        dottedOut[e[0]].push(e[1]);
      } else if (mgr[e[1]] < 0) {
        mgr[e[1]] = e[0];
        kids[e[0]].push(e[1]);
      }
    }
    // Reporting order (managers before reports) and levels, breadth first from the tops.
    level = new Int32Array(n).fill(-1);
    order = [];
    for (i = 0; i < n; i++)
      if (N[i].k !== 'g' && mgr[i] < 0) {
        level[i] = 0;
        order.push(i);
      }
    for (var q = 0; q < order.length; q++) {
      var ks = kids[order[q]];
      for (var j = 0; j < ks.length; j++)
        if (level[ks[j]] < 0) {
          level[ks[j]] = level[order[q]] + 1;
          order.push(ks[j]);
        }
    }
    below = new Int32Array(n);
    for (q = order.length - 1; q >= 0; q--) {
      var m = mgr[order[q]];
      if (m >= 0) below[m] += below[order[q]] + 1;
    }
    boxesBelow = new Int32Array(n);
    for (i = n - 1; i >= 0; i--) {
      if (N[i].k !== 'g') boxesBelow[i] += 1;
      if (N[i].p >= 0) boxesBelow[N[i].p] += boxesBelow[i];
    }
    collapsed = new Uint8Array(n);
    hidden = new Uint8Array(n);
    visibleBelow = new Int32Array(n);
    widths = new Array(n);
    hay = new Array(n);
    if (keep) {
      for (i = 0; i < n; i++) if (oldCollapsed[N[i].i]) collapsed[i] = 1;
    } else if (D.depth !== null) {
      for (i = 0; i < n; i++) if (level[i] === D.depth && kids[i].length) collapsed[i] = 1;
    }
    buildGrid();
    recompute();
    selected = oldSelected !== null && byId.has(oldSelected) ? byId.get(oldSelected) : -1;
    if (selected < 0) closeDetails();
    else showDetails(selected);
    marked = -1;
    $('title').textContent = D.title;
    $('subtitle').textContent = D.subtitle;
    if (live) {
      // The live page was served before this chart (even before the first build): name the tab and the
      // language as the org is now, as a written page's <title> and lang do.
      document.title = [D.title, D.subtitle].filter(Boolean).join(' \u2014 ');
      document.documentElement.lang = D.locale;
    }
    api.version++;
  }

  function buildGrid() {
    gridCols = Math.max(1, Math.ceil(D.width / CELL));
    gridRows = Math.max(1, Math.ceil(D.height / CELL));
    grid = new Array(gridCols * gridRows);
    containers = [];
    stamp = new Uint32Array(n + E.length);
    for (var i = 0; i < n; i++) {
      var b = N[i];
      if (b.k === 'g') {
        containers.push(i);
        continue;
      }
      addToGrid(b.x, b.y, b.x + b.w, b.y + b.h, i);
    }
    for (var k = 0; k < E.length; k++) {
      var e = E[k],
        x0 = Infinity,
        y0 = Infinity,
        x1 = -Infinity,
        y1 = -Infinity;
      for (var p = 3; p < e.length; p += 2) {
        x0 = Math.min(x0, e[p]);
        x1 = Math.max(x1, e[p]);
        y0 = Math.min(y0, e[p + 1]);
        y1 = Math.max(y1, e[p + 1]);
      }
      addToGrid(x0, y0, x1, y1, n + k);
    }
  }
  function cellRange(x0, y0, x1, y1) {
    return [
      Math.max(0, Math.floor(x0 / CELL)),
      Math.max(0, Math.floor(y0 / CELL)),
      Math.min(gridCols - 1, Math.floor(x1 / CELL)),
      Math.min(gridRows - 1, Math.floor(y1 / CELL)),
    ];
  }
  function addToGrid(x0, y0, x1, y1, item) {
    var r = cellRange(x0, y0, x1, y1);
    for (var cy = r[1]; cy <= r[3]; cy++)
      for (var cx = r[0]; cx <= r[2]; cx++) {
        var c = cy * gridCols + cx;
        (grid[c] || (grid[c] = [])).push(item);
      }
  }
  /** Boxes and lines whose bounds meet the rectangle, each once. */
  function query(x0, y0, x1, y1) {
    var out = [],
      r = cellRange(x0, y0, x1, y1);
    stampNo++;
    if (stampNo > 4000000000) {
      stamp.fill(0);
      stampNo = 1;
    }
    for (var cy = r[1]; cy <= r[3]; cy++)
      for (var cx = r[0]; cx <= r[2]; cx++) {
        var items = grid[cy * gridCols + cx];
        if (!items) continue;
        for (var k = 0; k < items.length; k++) {
          var it = items[k];
          if (stamp[it] === stampNo) continue;
          stamp[it] = stampNo;
          out.push(it);
        }
      }
    return out;
  }

  /** Which boxes show: not below a folded manager, not inside a folded or emptied department. */
  function recompute() {
    var i, q;
    hidden.fill(0);
    for (q = 0; q < order.length; q++) {
      i = order[q];
      var m = mgr[i];
      if (m >= 0 && (hidden[m] || collapsed[m])) hidden[i] = 1;
    }
    for (i = 0; i < n; i++) {
      var p = N[i].p;
      if (p >= 0 && (hidden[p] || collapsed[p])) hidden[i] = 1;
    }
    visibleBelow.fill(0);
    for (i = n - 1; i >= 0; i--) {
      if (N[i].k !== 'g' && !hidden[i]) visibleBelow[i] += 1;
      if (N[i].p >= 0) visibleBelow[N[i].p] += visibleBelow[i];
    }
    // A department whose roles are all folded away is not drawn (as in the SVG with --depth).
    for (i = 0; i < n; i++) {
      if (N[i].k !== 'g' || hidden[i]) continue;
      var p2 = N[i].p;
      if (p2 >= 0 && hidden[p2]) hidden[i] = 1;
      else if (!collapsed[i] && boxesBelow[i] > 0 && visibleBelow[i] === 0) hidden[i] = 1;
    }
    miniDirty = true;
    overview = null;
    queue();
  }
  function isVisible(i) {
    return !hidden[i];
  }

  function bandHeight(b) {
    var h = D.metrics.headerPadTop + D.metrics.headerPadBottom;
    for (var k = 0; k < b.l.length; k++) h += b.l[k][1];
    return h;
  }
  /** The rectangle a node takes now (a folded department shrinks to its header). */
  function rectOf(i) {
    var b = N[i];
    if (b.k === 'g' && collapsed[i]) return { x: b.x, y: b.y, w: b.w, h: Math.min(b.h, bandHeight(b) + 22) };
    return { x: b.x, y: b.y, w: b.w, h: b.h };
  }
  function foldable(i) {
    return N[i].k === 'g' ? boxesBelow[i] > 0 : kids[i].length > 0;
  }
  function hiddenCount(i) {
    return N[i].k === 'g' ? boxesBelow[i] : below[i];
  }
  /** The fold button: bottom centre of a box, top right of a department. */
  function knobOf(i) {
    var r = rectOf(i);
    if (N[i].k === 'g') return { x: r.x + r.w - 16, y: r.y + 14, r: 9 };
    return { x: r.x + r.w / 2, y: r.y + r.h, r: 9 };
  }

  /* ---------- view ---------- */
  function resize() {
    var box = canvas.parentNode.getBoundingClientRect();
    cssW = Math.max(1, box.width);
    cssH = Math.max(1, box.height);
    dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(cssW * dpr);
    canvas.height = Math.round(cssH * dpr);
    canvas.style.width = cssW + 'px';
    canvas.style.height = cssH + 'px';
    queue();
  }
  function fit() {
    var s = Math.min(cssW / D.width, cssH / D.height) * 0.98;
    s = Math.min(s, 2);
    view.s = s;
    view.x = (cssW - D.width * s) / 2;
    view.y = (cssH - D.height * s) / 2;
    queue();
  }
  function zoomAt(factor, sx, sy) {
    var s = Math.max(0.0005, Math.min(8, view.s * factor));
    factor = s / view.s;
    view.x = sx - (sx - view.x) * factor;
    view.y = sy - (sy - view.y) * factor;
    view.s = s;
    queue();
  }
  function centerOn(i, minScale) {
    var r = rectOf(i);
    if (minScale && view.s < minScale) view.s = minScale;
    view.x = cssW / 2 - (r.x + r.w / 2) * view.s;
    view.y = cssH / 2 - (r.y + r.h / 2) * view.s;
    queue();
  }
  function toWorld(sx, sy) {
    return { x: (sx - view.x) / view.s, y: (sy - view.y) / view.s };
  }
  function queue() {
    if (frameQueued) return;
    frameQueued = true;
    requestAnimationFrame(function () {
      frameQueued = false;
      draw();
    });
  }

  /* ---------- drawing ---------- */
  function pal(c) {
    return D.palette[String(c)] || ['#6e7781', '#f6f7f8', '#e6e8ea', '#3b4047'];
  }
  function font(size, bold) {
    return (bold ? '700 ' : '') + size + 'px ' + D.font;
  }
  function roundRect(c, x, y, w, h, r) {
    c.beginPath();
    c.moveTo(x + r, y);
    c.lineTo(x + w - r, y);
    c.arcTo(x + w, y, x + w, y + r, r);
    c.lineTo(x + w, y + h - r);
    c.arcTo(x + w, y + h, x + w - r, y + h, r);
    c.lineTo(x + r, y + h);
    c.arcTo(x, y + h, x, y + h - r, r);
    c.lineTo(x, y + r);
    c.arcTo(x, y, x + r, y, r);
    c.closePath();
  }
  function spanWidths(i) {
    if (widths[i]) return widths[i];
    var out = [],
      lines = N[i].l;
    for (var k = 0; k < lines.length; k++) {
      var line = lines[k],
        ws = [],
        total = 0;
      for (var s = 2; s < line.length; s += 2) {
        var tone = D.tones[line[s]];
        ctx.font = font(line[0], tone === 'title' || tone === 'header');
        var w = ctx.measureText(line[s + 1]).width;
        ws.push(w);
        total += w;
      }
      out.push({ ws: ws, total: total });
    }
    widths[i] = out;
    return out;
  }
  function drawLines(i, x, y, w, h, centred, headerColor) {
    var b = N[i],
      lines = b.l,
      m = D.metrics,
      top,
      textH = 0,
      k;
    for (k = 0; k < lines.length; k++) textH += lines[k][1];
    if (centred) top = y + Math.max(m.padTop, (h - textH + m.padTop - m.padBottom) / 2);
    else top = y + m.headerPadTop;
    var ws = spanWidths(i);
    for (k = 0; k < lines.length; k++) {
      var line = lines[k];
      var base = top + line[1] / 2 + line[0] * 0.36;
      var cx = centred ? x + w / 2 - ws[k].total / 2 : x + m.headerPadX;
      for (var s = 2, j = 0; s < line.length; s += 2, j++) {
        var tone = D.tones[line[s]];
        var bold = tone === 'title' || tone === 'header';
        ctx.font = font(line[0], bold);
        ctx.fillStyle = headerColor && bold ? headerColor : TONE_COLOR[tone] || '#1f2328';
        ctx.fillText(line[s + 1], cx, base);
        cx += ws[k].ws[j];
      }
      top += line[1];
    }
  }
  function drawKnob(i) {
    var k = knobOf(i),
      c = collapsed[i];
    var label = c ? '+' + hiddenCount(i) : '\u2212';
    ctx.font = font(11, true);
    var w = Math.max(18, ctx.measureText(label).width + 10);
    roundRect(ctx, k.x - w / 2, k.y - k.r, w, 2 * k.r, k.r);
    ctx.fillStyle = c ? ACCENT : '#ffffff';
    ctx.fill();
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = ACCENT;
    ctx.stroke();
    ctx.fillStyle = c ? '#ffffff' : ACCENT;
    ctx.textAlign = 'center';
    ctx.fillText(label, k.x, k.y + 4);
    ctx.textAlign = 'left';
  }

  /*
   * Zoomed far out on a large org most boxes are on screen at once: the whole chart is drawn once into
   * an overview bitmap (again after a fold), and frames at that scale only scale the bitmap.
   */
  var OVERVIEW_PX = 6144;
  var overview = null;
  function overviewScale() {
    return Math.min(OVERVIEW_PX / D.width, OVERVIEW_PX / D.height, 1);
  }
  function useOverview() {
    return n > 1500 && view.s <= overviewScale() * 1.3;
  }
  function renderOverview() {
    var os = overviewScale();
    var c = document.createElement('canvas');
    c.width = Math.ceil(D.width * os);
    c.height = Math.ceil(D.height * os);
    var saved = { ctx: ctx, view: view, w: cssW, h: cssH, dpr: dpr, sel: selected, mark: marked };
    ctx = c.getContext('2d');
    view = { s: os, x: 0, y: 0 };
    cssW = c.width;
    cssH = c.height;
    dpr = 1;
    selected = -1;
    marked = -1;
    try {
      drawScene();
    } finally {
      ctx = saved.ctx;
      view = saved.view;
      cssW = saved.w;
      cssH = saved.h;
      dpr = saved.dpr;
      selected = saved.sel;
      marked = saved.mark;
    }
    overview = c;
  }
  function draw() {
    var t0 = performance.now();
    if (D && useOverview()) {
      if (!overview) renderOverview();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, cssW, cssH);
      var k = view.s / overviewScale();
      ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
      ctx.drawImage(overview, 0, 0);
      ctx.setTransform(dpr * view.s, 0, 0, dpr * view.s, dpr * view.x, dpr * view.y);
      if (selected >= 0 && !hidden[selected]) outline(rectOf(selected));
      if (marked >= 0 && !hidden[marked]) outline(rectOf(marked));
      api.drawn = 0;
    } else {
      drawScene();
    }
    if (!D) return; // serve: no chart yet
    drawMinimap();
    api.lastFrame = performance.now() - t0;
    if (api.firstFrame < 0) api.firstFrame = performance.now();
  }
  function drawScene() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, cssW, cssH);
    if (!D) return;
    ctx.setTransform(dpr * view.s, 0, 0, dpr * view.s, dpr * view.x, dpr * view.y);
    var a = toWorld(0, 0),
      b = toWorld(cssW, cssH),
      pad = 20 / view.s;
    var items = query(a.x - pad, a.y - pad, b.x + pad, b.y + pad);
    var boxes = [],
      lines = [],
      k,
      i;
    for (k = 0; k < items.length; k++) {
      if (items[k] < n) {
        if (!hidden[items[k]]) boxes.push(items[k]);
      } else {
        var e = E[items[k] - n];
        if (!hidden[e[0]] && !hidden[e[1]]) lines.push(e);
      }
    }
    boxes.sort(function (p, q) {
      return p - q;
    });
    var shown = [];
    for (k = 0; k < containers.length; k++) {
      i = containers[k];
      if (hidden[i]) continue;
      var r = rectOf(i);
      if (r.x > b.x || r.y > b.y || r.x + r.w < a.x || r.y + r.h < a.y) continue;
      shown.push(i);
    }
    var detail = view.s * 12 >= 5; // text is readable
    var tiny = view.s * 40 < 2; // boxes are specks
    // Department boxes.
    for (k = 0; k < shown.length; k++) {
      i = shown[k];
      var rc = rectOf(i),
        pc = pal(N[i].c);
      roundRect(ctx, rc.x, rc.y, rc.w, rc.h, 8);
      ctx.fillStyle = pc[1];
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = pc[0];
      ctx.stroke();
    }
    // Lines.
    ctx.lineWidth = 1.5;
    for (var dotted = 0; dotted < 2; dotted++) {
      ctx.beginPath();
      for (k = 0; k < lines.length; k++) {
        var ln = lines[k];
        if (ln[2] !== dotted) continue;
        ctx.moveTo(ln[3], ln[4]);
        for (var p = 5; p < ln.length; p += 2) ctx.lineTo(ln[p], ln[p + 1]);
      }
      ctx.strokeStyle = dotted ? '#8a5cc2' : '#6e7781';
      ctx.setLineDash(dotted ? [6, 4] : []);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    // Department headers.
    for (k = 0; k < shown.length; k++) {
      i = shown[k];
      var rh = rectOf(i),
        ph = pal(N[i].c),
        band = bandHeight(N[i]);
      ctx.fillStyle = ph[2];
      ctx.beginPath();
      ctx.moveTo(rh.x + 0.75, rh.y + band);
      ctx.lineTo(rh.x + 0.75, rh.y + 8);
      ctx.arcTo(rh.x + 0.75, rh.y + 0.75, rh.x + 8, rh.y + 0.75, 7.25);
      ctx.lineTo(rh.x + rh.w - 8, rh.y + 0.75);
      ctx.arcTo(rh.x + rh.w - 0.75, rh.y + 0.75, rh.x + rh.w - 0.75, rh.y + 8, 7.25);
      ctx.lineTo(rh.x + rh.w - 0.75, rh.y + band);
      ctx.closePath();
      ctx.fill();
      if (detail) {
        drawLines(i, rh.x, rh.y, rh.w, band, false, ph[3]);
        if (foldable(i)) drawKnob(i);
      }
      if (i === selected || i === marked) outline(rh);
    }
    // Boxes.
    if (tiny) {
      for (k = 0; k < boxes.length; k++) {
        i = boxes[k];
        ctx.fillStyle = pal(N[i].c)[0];
        ctx.fillRect(N[i].x, N[i].y, N[i].w, N[i].h);
      }
    } else {
      for (k = 0; k < boxes.length; k++) {
        i = boxes[k];
        var bx = N[i],
          pb = pal(bx.c),
          acc = D.metrics.accentBar;
        roundRect(ctx, bx.x, bx.y, bx.w, bx.h, acc);
        ctx.fillStyle = i === marked ? '#fff8c5' : '#ffffff';
        ctx.fill();
        ctx.lineWidth = 1.2;
        ctx.strokeStyle = pb[0];
        ctx.stroke();
        ctx.fillStyle = pb[0];
        ctx.beginPath();
        ctx.moveTo(bx.x, bx.y + acc);
        ctx.arcTo(bx.x, bx.y, bx.x + acc, bx.y, acc);
        ctx.lineTo(bx.x + bx.w - acc, bx.y);
        ctx.arcTo(bx.x + bx.w, bx.y, bx.x + bx.w, bx.y + acc, acc);
        ctx.closePath();
        ctx.fill();
        if (detail) {
          drawLines(i, bx.x, bx.y, bx.w, bx.h, true, null);
          if (foldable(i)) drawKnob(i);
        }
        if (i === selected || i === marked) outline(bx);
      }
    }
    api.drawn = boxes.length + shown.length;
  }
  function outline(r) {
    ctx.lineWidth = Math.max(3, 3 / view.s);
    ctx.strokeStyle = ACCENT;
    roundRect(ctx, r.x - 3, r.y - 3, r.w + 6, r.h + 6, 6);
    ctx.stroke();
  }

  /* ---------- minimap ---------- */
  var MINI = 200;
  function miniScale() {
    return Math.min(MINI / D.width, MINI / D.height);
  }
  function drawMinimap() {
    var show = n > 60 || D.width * view.s > cssW * 2 || D.height * view.s > cssH * 2;
    mini.hidden = !show;
    if (!show) return;
    var ms = miniScale(),
      w = Math.ceil(D.width * ms),
      h = Math.ceil(D.height * ms);
    if (mini.width !== w * dpr || mini.height !== h * dpr) {
      mini.width = w * dpr;
      mini.height = h * dpr;
      mini.style.width = w + 'px';
      mini.style.height = h + 'px';
      miniDirty = true;
    }
    if (miniDirty || !miniCache) {
      miniCache = document.createElement('canvas');
      miniCache.width = mini.width;
      miniCache.height = mini.height;
      var c = miniCache.getContext('2d');
      c.setTransform(dpr * ms, 0, 0, dpr * ms, 0, 0);
      c.fillStyle = '#ffffff';
      c.fillRect(0, 0, D.width, D.height);
      for (var i = 0; i < n; i++) {
        if (hidden[i]) continue;
        var r = rectOf(i),
          p = pal(N[i].c);
        c.fillStyle = N[i].k === 'g' ? p[1] : p[0];
        c.fillRect(r.x, r.y, Math.max(r.w, 1 / ms), Math.max(r.h, 1 / ms));
      }
      miniDirty = false;
    }
    mctx.setTransform(1, 0, 0, 1, 0, 0);
    mctx.drawImage(miniCache, 0, 0);
    mctx.setTransform(dpr * ms, 0, 0, dpr * ms, 0, 0);
    var a = toWorld(0, 0),
      b = toWorld(cssW, cssH);
    mctx.lineWidth = 2 / ms;
    mctx.strokeStyle = ACCENT;
    mctx.strokeRect(a.x, a.y, b.x - a.x, b.y - a.y);
  }
  function miniMove(ev) {
    var r = mini.getBoundingClientRect(),
      ms = miniScale();
    var wx = (ev.clientX - r.left) / ms,
      wy = (ev.clientY - r.top) / ms;
    view.x = cssW / 2 - wx * view.s;
    view.y = cssH / 2 - wy * view.s;
    queue();
  }
  var miniDrag = false;
  mini.addEventListener('pointerdown', function (ev) {
    miniDrag = true;
    mini.setPointerCapture(ev.pointerId);
    miniMove(ev);
    ev.preventDefault();
  });
  mini.addEventListener('pointermove', function (ev) {
    if (miniDrag) miniMove(ev);
  });
  mini.addEventListener('pointerup', function () {
    miniDrag = false;
  });

  /* ---------- hit testing, folding ---------- */
  function hit(sx, sy) {
    var w = toWorld(sx, sy),
      slack = 10 / Math.max(view.s, 0.01);
    var items = query(w.x - slack, w.y - slack, w.x + slack, w.y + slack),
      best = -1,
      i,
      k;
    for (k = 0; k < items.length; k++) {
      i = items[k];
      if (i >= n || hidden[i] || !foldable(i)) continue;
      var kn = knobOf(i);
      if (Math.abs(w.x - kn.x) <= 14 && Math.abs(w.y - kn.y) <= kn.r + 1) return { i: i, knob: true };
    }
    for (k = 0; k < items.length; k++) {
      i = items[k];
      if (i >= n || hidden[i]) continue;
      var b = N[i];
      if (w.x >= b.x && w.x <= b.x + b.w && w.y >= b.y && w.y <= b.y + b.h && i > best) best = i;
    }
    if (best >= 0) return { i: best, knob: false };
    for (k = containers.length - 1; k >= 0; k--) {
      i = containers[k];
      if (hidden[i]) continue;
      var r = rectOf(i);
      if (w.x < r.x || w.x > r.x + r.w || w.y < r.y || w.y > r.y + r.h) continue;
      if (foldable(i)) {
        var kc = knobOf(i);
        if (Math.abs(w.x - kc.x) <= 14 && Math.abs(w.y - kc.y) <= kc.r + 1) return { i: i, knob: true };
      }
      if (w.y <= r.y + bandHeight(N[i])) return { i: i, knob: false };
    }
    return null;
  }
  function toggle(i) {
    if (!foldable(i)) return;
    collapsed[i] = collapsed[i] ? 0 : 1;
    recompute();
    if (selected >= 0 && hidden[selected]) closeDetails();
    if (selected === i) showDetails(i);
  }
  /** Unfold whatever hides the box: folded managers and folded departments above it. */
  function reveal(i) {
    var changed = false,
      m;
    for (m = mgr[i]; m >= 0; m = mgr[m])
      if (collapsed[m]) {
        collapsed[m] = 0;
        changed = true;
      }
    for (m = N[i].p; m >= 0; m = N[m].p)
      if (collapsed[m]) {
        collapsed[m] = 0;
        changed = true;
      }
    if (changed) recompute();
  }
  function jump(i, select) {
    reveal(i);
    marked = i;
    centerOn(i, 0.9);
    if (select) selectBox(i);
  }

  /* ---------- details ---------- */
  function departmentOf(i) {
    var p = N[i].p;
    return p >= 0 ? N[p].t : '';
  }
  function row(dl, label, value) {
    if (value === undefined || value === null || value === '') return;
    dl.appendChild(el('dt', null, label));
    var dd = el('dd');
    if (value instanceof Node) dd.appendChild(value);
    else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function links(list) {
    var span = el('span');
    list.forEach(function (j, k) {
      if (k) span.appendChild(document.createTextNode(', '));
      var a = el('button', 'link', N[j].t);
      a.type = 'button';
      a.addEventListener('click', function () {
        jump(j, true);
      });
      span.appendChild(a);
    });
    return span;
  }
  /*
   * The panel's title is wrapped by the browser, which may leave the last letter of a long title alone
   * on a line ("经" under 17 characters, "B" after "Zone"). Its last two letters are kept on one line
   * (the typographic rule: pull one more letter down), only where a line could break between them:
   * a title that cannot end in one lone letter is left as plain text, so its lines are what they were.
   */
  var LETTER = /^[\p{L}\p{N}]$/u;
  var MARK = /^\p{M}$/u;
  // Scripts whose lines break between any two characters, not only at spaces.
  var BREAKS_ANYWHERE = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303f\uff00-\uffef]$/u;
  /** Where the unbreakable tail of `text` starts (its second-last letter), or -1 when none is needed. */
  function orphanTail(text) {
    var chars = Array.from(text),
      at = text.length,
      last = -1,
      between = false;
    for (var k = chars.length - 1; k >= 0; k--) {
      var ch = chars[k];
      at -= ch.length;
      if (MARK.test(ch)) continue; // an accent belongs to the letter before it
      if (!LETTER.test(ch)) {
        if (last >= 0) between = true;
        continue;
      }
      if (last < 0) {
        last = k;
        continue;
      }
      // A line may break between the two letters: something else lies between them (a space, a
      // hyphen, a bracket), or either is of a script that breaks anywhere.
      return between || BREAKS_ANYWHERE.test(ch) || BREAKS_ANYWHERE.test(chars[last]) ? at : -1;
    }
    return -1;
  }
  /** The details panel's heading: `text`, its tail kept whole. */
  function titleHeading(text) {
    var cut = orphanTail(text);
    if (cut < 0) return el('h2', null, text);
    var h = el('h2', null, text.slice(0, cut));
    h.appendChild(el('span', 'nobr', text.slice(cut)));
    return h;
  }
  function showDetails(i) {
    var b = N[i],
      d = b.d,
      box = $('details');
    clear(box);
    box.hidden = false;
    var head = el('div', 'details-head');
    head.appendChild(titleHeading(b.t));
    var close = el('button', 'close', '\u00d7');
    close.type = 'button';
    close.title = W.close;
    close.setAttribute('aria-label', W.close);
    close.addEventListener('click', function () {
      selected = -1;
      closeDetails();
      setHash('');
      queue();
    });
    head.appendChild(close);
    box.appendChild(head);
    box.appendChild(el('div', 'id', b.i));
    var dl = el('dl');
    row(dl, W.department, b.k === 'r' ? departmentOf(i) : '');
    row(dl, W.seats, d.seats);
    row(dl, W.holders, d.holders && d.holders.length ? d.holders.join(', ') : '');
    row(dl, W.vacancies, d.vacancies ? d.vacancies : '');
    row(dl, W.head, d.head);
    if (mgr[i] >= 0) row(dl, W.reportsTo, links([mgr[i]]));
    if (kids[i].length) row(dl, W.reports, links(kids[i].slice(0, 30)));
    if (dottedIn[i].length) row(dl, W.dottedTo, links(dottedIn[i]));
    if (dottedOut[i].length) row(dl, W.dottedFrom, links(dottedOut[i]));
    box.appendChild(dl);
    if (d.description) box.appendChild(el('p', 'desc', d.description));
    if (d.responsibilities) {
      box.appendChild(el('h3', null, W.responsibilities));
      var ul = el('ul');
      d.responsibilities.forEach(function (r) {
        ul.appendChild(el('li', null, r));
      });
      box.appendChild(ul);
    }
    if (d.kpis) {
      box.appendChild(el('h3', null, W.kpis));
      var kl = el('ul', 'kpis');
      d.kpis.forEach(function (k) {
        kl.appendChild(el('li', null, k[1] ? k[0] + ' \u2014 ' + W.target + ' ' + k[1] : k[0]));
      });
      box.appendChild(kl);
    }
    var actions = el('div', 'actions');
    if (foldable(i)) {
      var t = el('button', 'fold', collapsed[i] ? W.expand + ' (+' + hiddenCount(i) + ')' : W.collapse);
      t.type = 'button';
      t.addEventListener('click', function () {
        toggle(i);
      });
      actions.appendChild(t);
    }
    var link = el('a', 'permalink', W.copyLink);
    link.href = '#id=' + encodeURIComponent(b.i);
    actions.appendChild(link);
    box.appendChild(actions);
  }
  function closeDetails() {
    var box = $('details');
    clear(box);
    box.hidden = true;
  }
  function selectBox(i) {
    selected = i;
    showDetails(i);
    setHash('id=' + encodeURIComponent(N[i].i));
    queue();
  }
  var ownHash = '';
  function setHash(h) {
    ownHash = h ? '#' + h : '';
    try {
      history.replaceState(null, '', h ? '#' + h : location.pathname + location.search);
    } catch {
      /* file: without history */
    }
  }
  function fromHash() {
    var h = location.hash;
    var m = /^#id=(.*)$/.exec(h);
    if (!m) return;
    var id;
    try {
      id = decodeURIComponent(m[1]);
    } catch {
      return;
    }
    if (byId.has(id)) jump(byId.get(id), true);
  }

  /* ---------- search ---------- */
  function haystack(i) {
    if (hay[i] === undefined) {
      var b = N[i];
      hay[i] = [b.t, b.i, (b.d.holders || []).join(' '), b.k === 'r' ? departmentOf(i) : '', b.d.head || ''].join('\n').toLowerCase();
    }
    return hay[i];
  }
  var results = $('results'),
    input = $('search'),
    matches = [],
    searchTimer = 0;
  function search(text) {
    var q = text.trim().toLowerCase();
    matches = [];
    clear(results);
    if (!q) {
      results.hidden = true;
      return matches;
    }
    for (var i = 0; i < n && matches.length < 2000; i++) if (haystack(i).indexOf(q) >= 0) matches.push(i);
    // Titles that match first, then people, ids and departments; boxes before department containers.
    var rank = function (i) {
      return (N[i].t.toLowerCase().indexOf(q) >= 0 ? 0 : 2) + (N[i].k === 'g' ? 1 : 0);
    };
    matches.sort(function (a, b) {
      return rank(a) - rank(b) || a - b;
    });
    results.hidden = false;
    if (!matches.length) {
      results.appendChild(el('li', 'none', W.noMatches));
      return matches;
    }
    matches.slice(0, 50).forEach(function (i) {
      var li = el('li');
      var bt = el('button', 'result');
      bt.type = 'button';
      bt.appendChild(el('span', 'r-title', N[i].t));
      var dep = N[i].k === 'r' ? departmentOf(i) : '';
      var who = (N[i].d.holders || []).join(', ');
      bt.appendChild(el('span', 'r-meta', [dep, who, N[i].i].filter(Boolean).join(' \u00b7 ')));
      bt.addEventListener('click', function () {
        results.hidden = true;
        jump(i, true);
      });
      li.appendChild(bt);
      results.appendChild(li);
    });
    return matches;
  }
  input.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      search(input.value);
    }, 80);
  });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      search(input.value);
      if (matches.length) {
        results.hidden = true;
        jump(matches[0], true);
      }
      ev.preventDefault();
    }
    if (ev.key === 'Escape') {
      input.value = '';
      search('');
      input.blur();
    }
  });

  /* ---------- input ---------- */
  var pointers = new Map(),
    downAt = null,
    moved = false,
    pinch = null;
  canvas.addEventListener('pointerdown', function (ev) {
    canvas.setPointerCapture(ev.pointerId);
    pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    if (pointers.size === 1) {
      downAt = { x: ev.clientX, y: ev.clientY };
      moved = false;
    }
    if (pointers.size === 2) pinch = null;
  });
  canvas.addEventListener('pointermove', function (ev) {
    var prev = pointers.get(ev.pointerId);
    if (!prev) return;
    var now = { x: ev.clientX, y: ev.clientY };
    if (pointers.size === 1) {
      view.x += now.x - prev.x;
      view.y += now.y - prev.y;
      if (downAt && Math.abs(now.x - downAt.x) + Math.abs(now.y - downAt.y) > 4) moved = true;
      pointers.set(ev.pointerId, now);
      queue();
      return;
    }
    pointers.set(ev.pointerId, now);
    var ps = Array.from(pointers.values()),
      a = ps[0],
      b = ps[1];
    var dist = Math.hypot(a.x - b.x, a.y - b.y),
      mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    var r = canvas.getBoundingClientRect();
    if (pinch && pinch.dist > 0) {
      view.x += mid.x - pinch.mid.x;
      view.y += mid.y - pinch.mid.y;
      zoomAt(dist / pinch.dist, mid.x - r.left, mid.y - r.top);
    }
    pinch = { dist: dist, mid: mid };
    moved = true;
  });
  function pointerEnd(ev) {
    var wasClick = pointers.size === 1 && !moved && downAt;
    pointers.delete(ev.pointerId);
    if (pointers.size < 2) pinch = null;
    if (!wasClick || ev.type === 'pointercancel') return;
    var r = canvas.getBoundingClientRect();
    var h = hit(ev.clientX - r.left, ev.clientY - r.top);
    canvas.focus();
    if (!h) return;
    if (h.knob) toggle(h.i);
    else selectBox(h.i);
  }
  canvas.addEventListener('pointerup', pointerEnd);
  canvas.addEventListener('pointercancel', pointerEnd);
  canvas.addEventListener(
    'wheel',
    function (ev) {
      ev.preventDefault();
      var r = canvas.getBoundingClientRect();
      var dy = ev.deltaMode === 1 ? ev.deltaY * 16 : ev.deltaY;
      if (ev.ctrlKey || !ev.shiftKey) zoomAt(Math.exp(-dy * 0.0015), ev.clientX - r.left, ev.clientY - r.top);
      else {
        view.x -= dy;
        queue();
      }
    },
    { passive: false },
  );
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA')) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var step = 80;
    switch (ev.key) {
      case 'ArrowLeft':
        view.x += step;
        break;
      case 'ArrowRight':
        view.x -= step;
        break;
      case 'ArrowUp':
        view.y += step;
        break;
      case 'ArrowDown':
        view.y -= step;
        break;
      case '+':
      case '=':
        zoomAt(1.25, cssW / 2, cssH / 2);
        break;
      case '-':
      case '_':
        zoomAt(0.8, cssW / 2, cssH / 2);
        break;
      case '0':
        fit();
        break;
      case '/':
        input.focus();
        break;
      case 'Enter':
        if (selected >= 0) toggle(selected);
        break;
      case 'Escape':
        selected = -1;
        marked = -1;
        closeDetails();
        setHash('');
        break;
      default:
        return;
    }
    ev.preventDefault();
    queue();
  });
  $('fit').addEventListener('click', fit);
  $('zoom-in').addEventListener('click', function () {
    zoomAt(1.25, cssW / 2, cssH / 2);
  });
  $('zoom-out').addEventListener('click', function () {
    zoomAt(0.8, cssW / 2, cssH / 2);
  });
  $('expand-all').addEventListener('click', function () {
    collapsed.fill(0);
    recompute();
    if (selected >= 0) showDetails(selected);
  });
  window.addEventListener('resize', resize);
  window.addEventListener('hashchange', function () {
    if (location.hash !== ownHash) fromHash();
  });

  /* ---------- words ---------- */
  function applyWords() {
    input.placeholder = W.search;
    input.setAttribute('aria-label', W.search);
    $('fit').textContent = W.fit;
    $('zoom-in').title = W.zoomIn;
    $('zoom-in').setAttribute('aria-label', W.zoomIn);
    $('zoom-out').title = W.zoomOut;
    $('zoom-out').setAttribute('aria-label', W.zoomOut);
    $('expand-all').textContent = W.expandAll;
    $('keys').textContent = W.keys;
    var hb = $('handbook');
    if (hb) hb.textContent = W.handbook;
  }

  /* ---------- live preview (orgctl serve) ---------- */
  function showState(state) {
    var banner = $('banner');
    clear(banner);
    banner.hidden = !state.error;
    if (state.error) {
      banner.appendChild(el('strong', null, W.lastGood));
      banner.appendChild(el('pre', null, state.error));
    }
    var f = $('findings');
    clear(f);
    var list = state.findings || [];
    f.hidden = !list.length;
    if (list.length) {
      var sum = el('summary', null, W.findings + ' (' + list.length + ')');
      var det = el('details');
      det.appendChild(sum);
      var ul = el('ul');
      list.slice(0, 500).forEach(function (x) {
        var li = el('li', x.severity);
        li.appendChild(el('code', null, x.file + ':' + x.line + ':' + x.column));
        li.appendChild(document.createTextNode(' ' + x.severity + ' ' + x.message + ' (' + x.rule + ')'));
        ul.appendChild(li);
      });
      det.appendChild(ul);
      f.appendChild(det);
    }
  }
  var liveVersion = -1;
  function connect() {
    var words = $('orgctl-words');
    if (words && !W) {
      W = JSON.parse(words.textContent);
      applyWords();
    }
    var es = new EventSource('events');
    // A (re)connection may be to a restarted server, which counts its versions from 0 again: take its
    // first state's chart whatever its number (on a mere reconnect that is one fetch of the same chart).
    es.addEventListener('open', function () {
      liveVersion = -1;
    });
    es.addEventListener('state', function (msg) {
      var state = JSON.parse(msg.data);
      showState(state);
      if (state.version === liveVersion || state.version < 0) return;
      fetch('chart.json?v=' + state.version)
        .then(function (r) {
          return r.json();
        })
        .then(function (payload) {
          var first = !D;
          liveVersion = state.version;
          load(payload, !first);
          if (first) {
            applyWords();
            fit();
            fromHash();
          }
          api.liveVersion = liveVersion;
          api.ready = true;
          queue();
        });
    });
  }

  /* ---------- start ---------- */
  window.addEventListener('error', function (ev) {
    api.errors.push(String(ev.message));
  });
  api.find = function (id) {
    return byId.has(id) ? byId.get(id) : -1;
  };
  api.isVisible = function (id) {
    return byId.has(id) && isVisible(byId.get(id));
  };
  api.toggle = function (id) {
    toggle(byId.get(id));
  };
  api.search = search;
  api.orphanTail = orphanTail;
  api.label = function (id) {
    return byId.has(id) ? N[byId.get(id)].t : null;
  };
  api.count = function () {
    return n;
  };
  api.fit = fit;
  api.selected = function () {
    return selected >= 0 ? N[selected].i : null;
  };
  api.screenOf = function (id, what) {
    var i = byId.get(id),
      r = canvas.getBoundingClientRect(),
      p;
    if (what === 'knob') p = knobOf(i);
    else {
      var q = rectOf(i);
      p = { x: q.x + q.w / 2, y: q.y + q.h / 2 };
    }
    return { x: r.left + p.x * view.s + view.x, y: r.top + p.y * view.s + view.y };
  };
  api.center = function (id, scale) {
    var i = byId.get(id);
    view.s = scale || 1;
    centerOn(i, 0);
    draw();
  };
  resize();
  if (live) {
    connect();
    return;
  }
  load(JSON.parse($('orgctl-data').textContent), false);
  applyWords();
  fit();
  fromHash();
  draw();
  api.ready = true;
})();
