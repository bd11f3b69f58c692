// Hadath dashboard. Vanilla JS, same-origin JSON only. Record text is only ever written with
// textContent / text nodes (never innerHTML), so nothing stored can run as markup.
"use strict";

(function () {
  const PAGE_SIZE = 50;
  const STATUS_TEXT = {
    asserted: ["asserted", "reported as having happened"],
    claimed: ["claimed", "claimed by a party, not confirmed"],
    denied: ["denied", "reported, and denied by a party"],
    intended: ["intended", "announced or planned"],
    hoped: ["hoped", "wished for or called for"],
    negated: ["negated", "reported as not having happened"],
    hypothetical: ["hypothetical", "conditional or hypothetical"],
  };
  const FILTERS = ["since", "until", "actor", "type", "status", "place"];
  const state = { offset: 0, total: 0, filters: {}, selected: null, articleRequest: 0 };
  const byId = (id) => document.getElementById(id);
  const SVG_NS = byId("map").namespaceURI; // the SVG namespace, taken from the parsed page

  // -- DOM helpers: text only ------------------------------------------------------------------
  function el(tag, props, children) {
    const node = document.createElement(tag);
    setProps(node, props);
    for (const child of children || []) {
      if (child !== null && child !== undefined) node.append(child); // strings become text nodes
    }
    return node;
  }

  function svg(tag, props) {
    const node = document.createElementNS(SVG_NS, tag);
    setProps(node, props);
    return node;
  }

  function setProps(node, props) {
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.setAttribute("class", String(value));
      else if (key === "on") for (const [name, fn] of Object.entries(value)) node.addEventListener(name, fn);
      else if (/^on/i.test(key) || key === "href" || key === "src" || key === "style") {
        throw new Error("refusing to set attribute " + key); // handlers/URLs never come from data
      } else node.setAttribute(key, String(value));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function showMessage(text) {
    const box = byId("message");
    box.textContent = text || "";
    box.hidden = !text;
  }

  async function getJSON(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== "" && value !== null && value !== undefined) query.set(key, String(value));
    }
    const qs = query.toString();
    const response = await fetch("api/" + path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      throw new Error("bad answer from the server (" + response.status + ")");
    }
    if (!response.ok) throw new Error((body && body.error) || "HTTP " + response.status);
    return body;
  }

  // -- formatting ------------------------------------------------------------------------------
  function actorList(value) {
    if (!value) return [];
    return Array.isArray(value) ? value : [value];
  }

  function actorLabel(value) {
    const items = actorList(value);
    if (!items.length) return "–";
    return items.map((a) => a.actor_code || a.name || a.text || "?").join(" + ");
  }

  function statusBadge(status) {
    const known = Object.prototype.hasOwnProperty.call(STATUS_TEXT, status);
    const [label, help] = known ? STATUS_TEXT[status] : [String(status), "unknown status"];
    return el("span", { class: "badge status-" + (known ? status : "unknown"), title: help, text: label });
  }

  function typeLabel(record) {
    const type = record.event_type || "(CAMEO only)";
    return record.mode ? type + " / " + record.mode : type;
  }

  // -- filters ---------------------------------------------------------------------------------
  function readFilters() {
    const form = byId("filters");
    const out = {};
    for (const name of FILTERS) {
      const value = form.elements[name].value.trim();
      if (value) out[name] = value;
    }
    return out;
  }

  function setFilter(name, value) {
    byId("filters").elements[name].value = value;
    applyFilters();
  }

  function applyFilters() {
    state.filters = readFilters();
    state.offset = 0;
    loadEvents();
    loadSummary();
  }

  function fillSelect(select, values) {
    const current = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const value of values) select.append(el("option", { value: value, text: value }));
    select.value = values.includes(current) ? current : "";
  }

  // -- header, bars, map, stories ----------------------------------------------------------------
  async function loadStats() {
    const stats = await getJSON("stats");
    const parts = [stats.articles + " articles", stats.events + " events", stats.events_dated + " dated",
      stats.events_located + " located"];
    if (stats.link) parts.push(stats.link.clusters + " event clusters", stats.link.stories + " stories");
    const range = stats.date_range || {};
    if (range.first) parts.push(range.first + " … " + range.last);
    byId("stats").textContent = parts.join(" · ");
    const form = byId("filters");
    fillSelect(form.elements.type, Object.keys(stats.events_by_type || {}).filter((t) => t !== "none").sort());
    fillSelect(form.elements.status, stats.statuses || Object.keys(STATUS_TEXT));
  }

  function renderBars(list, items, filterName, labelOf) {
    clear(list);
    const max = Math.max(1, ...items.map((i) => i.count));
    for (const item of items) {
      const clickable = item.key !== null;
      const bar = el("span", { class: "bar" });
      bar.style.width = (100 * item.count / max).toFixed(1) + "%";
      const row = el("li", {
        class: clickable ? null : "inert",
        title: clickable ? "filter on " + item.key : "records coded with a CAMEO code only",
        on: clickable ? { click: () => setFilter(filterName, item.key) } : {},
      }, [el("span", { text: labelOf(item.key) }), el("span", {}, [bar]), el("span", { class: "count", text: item.count })]);
      list.append(row);
    }
    if (!items.length) list.append(el("li", { class: "inert", text: "no events" }));
  }

  function renderMap(places) {
    const map = byId("map");
    clear(map);
    const located = places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
    let [west, east, south, north] = [-180, 180, -90, 90];
    if (located.length) {
      west = Math.min(...located.map((p) => p.lon));
      east = Math.max(...located.map((p) => p.lon));
      south = Math.min(...located.map((p) => p.lat));
      north = Math.max(...located.map((p) => p.lat));
      const pad = Math.max(3, 0.15 * Math.max(east - west, north - south));
      const cx = (west + east) / 2;
      const cy = (south + north) / 2;
      const half = Math.max(10, (east - west) / 2 + pad, (north - south) + pad); // map is twice as wide as high
      west = Math.max(-180, cx - half);
      east = Math.min(180, cx + half);
      south = Math.max(-90, cy - half / 2);
      north = Math.min(90, cy + half / 2);
    }
    const width = east - west;
    const height = north - south;
    map.setAttribute("viewBox", [west, -north, width, height].map((v) => v.toFixed(3)).join(" "));
    map.setAttribute("preserveAspectRatio", "xMidYMid meet");
    const step = width > 120 ? 30 : width > 40 ? 10 : 5;
    const font = (width / 45).toFixed(3);
    for (let lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
      map.append(svg("line", { class: "graticule", x1: lon, x2: lon, y1: -north, y2: -south, "vector-effect": "non-scaling-stroke" }));
      const label = svg("text", { class: "graticule-label", x: lon, y: -south - height * 0.02, "font-size": font });
      label.textContent = lon + "°";
      map.append(label);
    }
    for (let lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
      map.append(svg("line", { class: "graticule", x1: west, x2: east, y1: -lat, y2: -lat, "vector-effect": "non-scaling-stroke" }));
      const label = svg("text", { class: "graticule-label", x: west + width * 0.01, y: -lat, "font-size": font });
      label.textContent = lat + "°";
      map.append(label);
    }
    const maxCount = Math.max(1, ...located.map((p) => p.count));
    const unit = width / 70;
    located.forEach((place, index) => {
      const radius = unit * (0.6 + 1.8 * Math.sqrt(place.count / maxCount));
      const dot = svg("circle", { class: "dot", cx: place.lon, cy: -place.lat, r: radius.toFixed(3), "vector-effect": "non-scaling-stroke" });
      const title = svg("title", {});
      title.textContent = (place.name || "?") + (place.country ? " (" + place.country + ")" : "") + ": " + place.count + " event(s)";
      dot.append(title);
      if (place.name) dot.addEventListener("click", () => setFilter("place", place.name));
      map.append(dot);
      if (index < 8 && place.name) {
        const label = svg("text", { class: "dot-label", x: place.lon + radius * 1.2, y: -place.lat, "font-size": font });
        label.textContent = place.name;
        map.append(label);
      }
    });
    byId("map-note").textContent = located.length
      ? located.length + " place(s); dot area grows with the number of events. Click a dot to filter."
      : "No located events under these filters.";
  }

  async function loadSummary() {
    try {
      const summary = await getJSON("summary", state.filters);
      renderBars(byId("by-type"), summary.by_type, "type", (key) => key || "(CAMEO only)");
      renderBars(byId("by-status"), summary.by_status, "status", (key) => key);
      renderMap(summary.places);
    } catch (err) {
      showMessage(err.message);
    }
  }

  async function loadStories() {
    const list = byId("stories");
    clear(list);
    const answer = await getJSON("stories", { limit: 10 });
    if (!answer.available) {
      list.append(el("li", { class: "note", text: "Linking has not run on this database." }));
      return;
    }
    for (const story of answer.stories) {
      const title = story.titles && story.titles.length ? story.titles[0] : story.articles[0];
      const dates = story.first_date === story.last_date ? story.first_date : story.first_date + " … " + story.last_date;
      list.append(el("li", { title: "show the first article of this story", on: { click: () => showArticleOnly(story.articles[0]) } }, [
        el("span", { class: "ar", dir: "rtl", lang: "ar", text: title }),
        el("br"),
        el("small", { text: story.n_articles + " article(s) · " + (dates || "undated") + " · " + (story.outlets || []).join(", ") }),
      ]));
    }
    if (!answer.stories.length) list.append(el("li", { class: "note", text: "No stories yet." }));
  }

  // -- events table ----------------------------------------------------------------------------
  async function loadEvents() {
    let page;
    try {
      const order = byId("filters").elements.order.value;
      page = await getJSON("events", { ...state.filters, order: order, limit: PAGE_SIZE, offset: state.offset });
      showMessage("");
    } catch (err) {
      showMessage(err.message);
      return;
    }
    state.total = page.total;
    const body = byId("events");
    clear(body);
    for (const record of page.events) body.append(eventRow(record));
    if (!page.events.length) body.append(el("tr", {}, [el("td", { colspan: 8, text: "No events match these filters." })]));
    const last = page.offset + page.events.length;
    byId("range").textContent = page.total ? (page.offset + 1) + "–" + last + " of " + page.total : "0 events";
    byId("prev").disabled = page.offset === 0;
    byId("next").disabled = last >= page.total;
  }

  function eventRow(record) {
    const place = record.location ? record.location.name || record.location.text : "–";
    const outlets = record.linked ? record.linked.outlets : (record.mentions || []).length || 1;
    const row = el("tr", {
      tabindex: 0,
      "data-id": record.id,
      class: record.id === state.selected ? "selected" : null,
      on: {
        click: () => selectEvent(record.id),
        keydown: (event) => { if (event.key === "Enter") selectEvent(record.id); },
      },
    }, [
      el("td", { text: record.date || "–" }),
      el("td", { text: typeLabel(record) }),
      el("td", { text: record.cameo }),
      el("td", { text: actorLabel(record.source) + " → " + actorLabel(record.target) }),
      el("td", {}, [statusBadge(record.status)]),
      el("td", { text: place }),
      el("td", { text: outlets, title: record.linked ? record.linked.articles + " article(s)" : "not linked" }),
      el("td", { class: "ar", dir: "rtl", lang: "ar", text: record.trigger ? record.trigger.text : "" }),
    ]);
    return row;
  }

  // -- detail panel ----------------------------------------------------------------------------
  function fact(list, term, value) {
    if (value === null || value === undefined || value === "") return;
    list.append(el("dt", { text: term }), el("dd", {}, [value instanceof Node ? value : String(value)]));
  }

  function names(list) {
    return (list || []).filter((n) => n).join("، ");
  }

  function eventLink(brief, label) {
    return el("button", { type: "button", class: "link", text: label, on: { click: () => selectEvent(brief.id) } });
  }

  function renderClaims(box, record, detail) {
    clear(box);
    const reported = names(record.reported_by);
    const denied = names(record.denied_by);
    if (record.status === "claimed" || (reported && record.status !== "asserted")) {
      box.append(el("p", { class: "claim" }, ["Claimed by: ", el("span", { class: "ar", dir: "rtl", lang: "ar", text: reported || "(unnamed)" })]));
    } else if (reported) {
      box.append(el("p", {}, ["Reported by: ", el("span", { class: "ar", dir: "rtl", lang: "ar", text: reported })]));
    }
    if (record.status === "denied" || denied) {
      box.append(el("p", { class: "deny" }, ["Denied by: ", el("span", { class: "ar", dir: "rtl", lang: "ar", text: denied || "(unnamed)" })]));
    }
    if (detail.denial) {
      box.append(el("p", { class: "deny" }, ["Denial record: ", eventLink(detail.denial, (detail.denial.trigger || {}).text || detail.denial.id),
        " (" + actorLabel(detail.denial.source) + ")"]));
    }
    if (detail.denies) {
      box.append(el("p", { class: "deny" }, ["This record denies: ", eventLink(detail.denies, (detail.denies.trigger || {}).text || detail.denies.id),
        " (" + typeLabel(detail.denies) + ", " + actorLabel(detail.denies.source) + " → " + actorLabel(detail.denies.target) + ")"]));
    }
  }

  function renderMentions(list, detail) {
    clear(list);
    const cluster = detail.cluster;
    if (!cluster) {
      list.append(el("li", { class: "note", text: "Only this report (linking has not grouped it with others)." }));
      return;
    }
    list.append(el("li", { class: "note", text: cluster.NumMentions + " mention(s), " + cluster.NumSources + " outlet(s), " +
      cluster.NumArticles + " article(s); cluster status: " + cluster.status }));
    for (const member of cluster.members || []) {
      const why = (member.why || []).join("; ");
      const item = el("li", {}, [
        member.event_id === detail.event.id ? el("strong", { text: "this report" }) : eventLink({ id: member.event_id }, member.event_id),
        " · " + (member.outlet || "unknown outlet") + " · ", statusBadge(member.status),
        why ? el("small", { text: " — " + why }) : null,
      ]);
      list.append(item);
    }
  }

  async function selectEvent(eventId) {
    state.selected = eventId;
    for (const row of byId("events").querySelectorAll("tr[data-id]")) {
      row.classList.toggle("selected", row.getAttribute("data-id") === eventId);
    }
    let detail;
    try {
      detail = await getJSON("event/" + encodeURIComponent(eventId));
    } catch (err) {
      showMessage(err.message);
      return;
    }
    if (state.selected !== eventId) return; // a later click won
    if (location.hash !== "#event=" + encodeURIComponent(eventId)) history.replaceState(null, "", "#event=" + encodeURIComponent(eventId));
    const record = detail.event;
    byId("detail").hidden = false;
    const title = byId("detail-title");
    clear(title);
    title.append(typeLabel(record) + " · CAMEO " + record.cameo + " ", statusBadge(record.status));
    const facts = byId("detail-facts");
    clear(facts);
    fact(facts, "Source", actorLabel(record.source));
    fact(facts, "Target", actorLabel(record.target));
    fact(facts, "Date", record.date ? record.date + " (" + (record.date_precision || "?") + ")" : null);
    fact(facts, "Date as written", record.date_text ? el("span", { class: "ar", dir: "rtl", lang: "ar", text: record.date_text }) : null);
    fact(facts, "Place", record.location ? [record.location.name, record.location.country].filter((x) => x).join(", ") : null);
    fact(facts, "Goldstein / quad", record.goldstein + " / " + record.quad_class);
    const size = record.size || {};
    fact(facts, "Size", ["dead", "injured", "arrested"].filter((k) => size[k] !== null && size[k] !== undefined).map((k) => k + " " + size[k]).join(", "));
    fact(facts, "Confidence", record.confidence);
    fact(facts, "Pattern", record.pattern);
    renderClaims(byId("detail-claims"), record, detail);
    renderMentions(byId("detail-mentions"), detail);
    byId("detail-json").textContent = JSON.stringify(record, null, 2);
    await showArticle(record.article_id, record, detail.article);
  }

  function articleMeta(article) {
    const box = byId("detail-article-meta");
    clear(box);
    if (!article) {
      box.textContent = "The article of this record is not in the database.";
      return;
    }
    box.append(
      el("span", { class: "ar", dir: "rtl", lang: "ar", text: article.title || "(untitled)" }),
      " · " + (article.source || "unknown outlet") + " · " + (article.date || "undated") + " · ",
      el("span", { text: article.url || article.id }),
    );
  }

  async function showArticleOnly(articleId) {
    state.selected = null;
    byId("detail").hidden = false;
    clear(byId("detail-title"));
    byId("detail-title").textContent = "Article";
    clear(byId("detail-facts"));
    clear(byId("detail-claims"));
    clear(byId("detail-mentions"));
    byId("detail-json").textContent = "";
    await showArticle(articleId, null, null);
  }

  async function showArticle(articleId, record, meta) {
    const ticket = ++state.articleRequest;
    const box = byId("article-text");
    let article;
    try {
      article = await getJSON("article/" + encodeURIComponent(articleId));
    } catch (err) {
      if (ticket === state.articleRequest) {
        clear(box);
        box.textContent = err.message;
      }
      return;
    }
    if (ticket !== state.articleRequest) return; // a later request won
    articleMeta(meta || article);
    renderArticle(box, article, record);
    const trigger = box.querySelector(".hl-trigger");
    if (trigger) trigger.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function spansFor(article, record) {
    const spans = [];
    const add = (items, cls, label) => {
      for (const item of items || []) {
        spans.push({ start: item.start, end: item.end, cls: cls, title: label(item) });
      }
    };
    add(article.boilerplate, "hl-boilerplate", () => "boilerplate (not analysed)");
    const actorStarts = new Set();
    if (record) {
      add([record.evidence], "hl-evidence", () => "evidence sentence");
      add(actorList(record.source), "hl-source", (a) => "source: " + (a.actor_code || a.name || a.text));
      add(actorList(record.target), "hl-target", (a) => "target: " + (a.actor_code || a.name || a.text));
      for (const a of actorList(record.source).concat(actorList(record.target))) actorStarts.add(a.start + ":" + a.end);
      if (record.location && Number.isInteger(record.location.start)) {
        add([record.location], "hl-place", (p) => "event place: " + (p.name || p.text));
      }
    }
    add(article.entities.filter((e) => !actorStarts.has(e.start + ":" + e.end)), "hl-entity",
      (e) => "entity " + (e.type || "") + ": " + (e.actor_code || e.name_latin || e.name || e.text));
    add(article.places, "hl-place", (p) => "place: " + (p.name || p.text) + (p.country ? " (" + p.country + ")" : ""));
    add(article.quotes, "hl-quote", (q) => "quote" + (q.speaker ? " of " + (q.speaker.actor_code || q.speaker.name || q.speaker.text) : ""));
    add(article.dates, "hl-date", (d) => "date: " + (d.value || "?") + " (" + (d.precision || "?") + ")");
    const triggers = record ? [record] : article.events; // a whole article: mark every event it holds
    for (const event of triggers) {
      add([event.trigger], "hl-trigger", () => "trigger: " + event.cameo + " " + (event.event_type || "") + " (" + event.status + ")");
    }
    return spans;
  }

  // Offsets are Python string indexes (code points): slice an array of code points, not UTF-16 units.
  function renderArticle(box, article, record) {
    clear(box);
    const chars = Array.from(article.text);
    const n = chars.length;
    const spans = spansFor(article, record).filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) &&
      s.start >= 0 && s.end <= n && s.start < s.end);
    const cuts = Array.from(new Set([0, n].concat(...spans.map((s) => [s.start, s.end])))).sort((a, b) => a - b);
    spans.sort((a, b) => a.start - b.start);
    let next = 0;
    let active = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i];
      const to = cuts[i + 1];
      active = active.filter((s) => s.end > from);
      while (next < spans.length && spans[next].start <= from) {
        if (spans[next].end > from) active.push(spans[next]);
        next++;
      }
      const piece = chars.slice(from, to).join("");
      if (!active.length) {
        box.append(piece);
        continue;
      }
      const classes = Array.from(new Set(active.map((s) => s.cls)));
      box.append(el("span", { class: classes.join(" "), title: active.map((s) => s.title).join("\n"), text: piece }));
    }
  }

  // -- start -----------------------------------------------------------------------------------
  function start() {
    byId("filters").addEventListener("submit", (event) => {
      event.preventDefault();
      applyFilters();
    });
    byId("filters").elements.order.addEventListener("change", () => {
      state.offset = 0;
      loadEvents();
    });
    byId("reset").addEventListener("click", () => {
      byId("filters").reset();
      applyFilters();
    });
    byId("prev").addEventListener("click", () => {
      state.offset = Math.max(0, state.offset - PAGE_SIZE);
      loadEvents();
    });
    byId("next").addEventListener("click", () => {
      if (state.offset + PAGE_SIZE < state.total) state.offset += PAGE_SIZE;
      loadEvents();
    });
    loadStats().catch((err) => showMessage(err.message));
    loadStories().catch((err) => showMessage(err.message));
    window.addEventListener("hashchange", () => {
      const wanted = /^#event=(.+)$/.exec(location.hash);
      if (wanted && decodeURIComponent(wanted[1]) !== state.selected) selectEvent(decodeURIComponent(wanted[1]));
    });
    applyFilters();
    const match = /^#event=(.+)$/.exec(location.hash);
    if (match) selectEvent(decodeURIComponent(match[1]));
  }

  start();
})();
