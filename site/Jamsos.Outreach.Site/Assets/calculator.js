/* Contribution calculator. Mirrors ContributionCalculator (knowledge/Rules) exactly: band = the
   largest "from" not above the income; JKK = base x rate; JKM flat; JHT = base x rate; the discount
   on JKK + JKM when in force for the sector and month (never for government-paid). Rates arrive as
   integers of 1/scale, so the sums are whole numbers until the one division at the end. */
(function () {
  "use strict";

  function quote(d, declared, sector, month) {
    var income = Math.max(0, declared), b = d.bands[0], next = null, i, p, s = d.scale;
    for (i = 0; i < d.bands.length; i++) {
      if (d.bands[i][1] <= income) { b = d.bands[i]; next = d.bands[i + 1] || null; } else { break; }
    }
    var jkk = b[2] * d.jkk, jkm = d.jkm * s, jht = b[2] * d.jht, disc = null;
    if (sector !== "government") {
      for (i = 0; i < d.discounts.length; i++) {
        p = d.discounts[i];
        if (p.sector === sector && month >= p.first && month <= p.last) { disc = p; }
      }
    }
    var q = {
      band: b[0], from: b[1], upper: next ? next[1] - 1 : null, base: b[2],
      jkk: jkk / s, jkm: jkm / s, jht: jht / s,
      normal: (jkk + jkm) / s, normalWithJht: (jkk + jkm + jht) / s,
      discounted: null, discountedWithJht: null
    };
    if (disc) {
      q.discounted = (jkk + jkm) * (s - disc.rate) / (s * s);
      q.discountedWithJht = ((jkk + jkm) * (s - disc.rate) + jht * s) / (s * s);
    }
    q.payable = q.discounted === null ? q.normal : q.discounted;
    return q;
  }

  /* ValueFormatter.Number: "#,0.####", with '.' and ',' swapped in Indonesian. */
  function num(v, lang) {
    var parts = Math.abs(v).toFixed(4).split("."), en = lang === "en";
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, en ? "," : ".");
    var frac = parts[1].replace(/0+$/, "");
    return (v < 0 ? "-" : "") + whole + (frac ? (en ? "." : ",") + frac : "");
  }

  function rp(v, lang) { return "Rp" + num(v, lang); }

  if (typeof document === "undefined") {
    module.exports = { quote: quote, num: num, rp: rp };
    return;
  }

  var dataEl = document.getElementById("data-iuran"), form = document.getElementById("kalkulator");
  if (!dataEl || !form) { return; }
  var d = JSON.parse(dataEl.textContent), t = d.t, out = document.getElementById("hasil");
  var month = document.getElementById("bulan"), income = document.getElementById("penghasilan");
  /* The contribution month in Jakarta (UTC+7), like ContributionCalculator.Today. */
  month.value = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 7);

  function row(dl, label, value, id) {
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = label;
    dd.textContent = typeof value === "number" ? rp(value, d.lang) : value;
    if (id) { dd.id = id; dd.setAttribute("data-value", String(value)); }
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function show() {
    var digits = income.value.replace(/[^0-9]/g, "");
    out.textContent = "";
    if (!digits) { var p = document.createElement("p"); p.textContent = t.invalid; out.appendChild(p); return; }
    var sector = form.querySelector("input[name=sektor]:checked").value;
    var q = quote(d, Number(digits), sector, month.value);
    var dl = document.createElement("dl");
    row(dl, t.band, q.band + " (" + rp(q.from, d.lang) + (q.upper === null ? " " + t.above : " " + t.upTo + " " + rp(q.upper, d.lang)) + ")");
    row(dl, t.base, q.base);
    row(dl, t.jkk, q.jkk);
    row(dl, t.jkm, q.jkm);
    row(dl, t.normal, q.normal, "iuran-normal");
    if (q.discounted === null) { row(dl, t.discounted, t.none); } else { row(dl, t.discounted, q.discounted, "iuran-diskon"); }
    row(dl, t.payable, q.payable, "iuran-bayar");
    row(dl, t.jht, q.jht);
    row(dl, t.withJht, q.discounted === null ? q.normalWithJht : q.discountedWithJht, "iuran-jht");
    out.appendChild(dl);
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); show(); });
  form.addEventListener("change", function () { if (income.value) { show(); } });
  form.hidden = false;
})();
