/* What the search does with Latvian and Lithuanian words (overrides/assets/
   javascripts/lunr/baltic.js): one key per word whatever diacritics are
   typed, stop words, and queries the way Material's worker sends them
   (every term with a trailing `*`) against lunr as Material bundles it. */
"use strict"
const test = require("node:test")
const assert = require("node:assert/strict")
const { baltic, languages, lunrWith } = require("./support")

const lv = baltic.analyzer(languages.lv)
const lt = baltic.analyzer(languages.lt)

const keysOf = (analysis, words) => new Set(words.split(" ").map(analysis.key))

test("folding drops diacritics of both languages and nothing else", () => {
  assert.equal(baltic.fold("reģistrācija ķēķis ļaudis ņemt čūska žogs šķūnis"),
               "registracija kekis laudis nemt cuska zogs skunis")
  assert.equal(baltic.fold("biudžetas ąžuolas ėjimas įvairus ūkis ųsai ęsa"),
               "biudzetas azuolas ejimas ivairus ukis usai esa")
  assert.equal(baltic.fold("Rokiškis 2022 LLI-425"), "Rokiskis 2022 LLI-425")
})

test("a word typed without diacritics has the key of the word with them", () => {
  for (const [analysis, pairs] of [
    [lv, [["reģistrācija", "registracija"], ["izdegšanas", "izdegsanas"], ["pašvaldībām", "pasvaldibam"],
          ["bērniem", "berniem"], ["Vecumnieki", "vecumnieki"], ["Jelgavā", "jelgava"]]],
    [lt, [["biudžetas", "biudzetas"], ["licenciją", "licencija"], ["savivaldybėse", "savivaldybese"],
          ["Rokiškio", "rokiskio"], ["Biržuose", "birzuose"], ["senjorų", "senjoru"]]]
  ])
    for (const [written, typed] of pairs)
      assert.equal(analysis.key(typed), analysis.key(written), `${typed} ~ ${written}`)
})

test("all inflected forms of a word share one key, with or without diacritics", () => {
  const groups = [
    [lv, "centrs centra centram centru centrā centri centriem centrus centros"],
    [lv, "reģistrs reģistra reģistram reģistru reģistrā reģistri reģistriem reģistrus reģistros"],
    [lv, "pašvaldība pašvaldības pašvaldībai pašvaldību pašvaldībā pašvaldībām pašvaldībās"],
    [lv, "brālis brāļa brālim brāli brāļi brāļu brāļiem brāļus"],
    [lt, "centras centro centrui centrą centru centre centrai centrų centrams centrus centruose"],
    [lt, "licencija licencijos licencijai licenciją licencijoje licencijų licencijoms licencijas licencijomis"],
    [lt, "savivaldybė savivaldybės savivaldybei savivaldybę savivaldybėje savivaldybių savivaldybėms savivaldybėse"],
    [lt, "teikti teikia teikė teiks teikiame teikėme teiksime"]
  ]
  for (const [analysis, forms] of groups) {
    assert.equal(keysOf(analysis, forms).size, 1, forms)
    assert.equal(keysOf(analysis, baltic.fold(forms)).size, 1, baltic.fold(forms))
    assert.deepEqual(keysOf(analysis, baltic.fold(forms)), keysOf(analysis, forms))
  }
})

test("stop words have no key, in any spelling; punctuation is trimmed", () => {
  for (const word of ["un", "ar", "kā", "ka", "PAR", "pār"]) assert.equal(lv.key(word), null, word)
  for (const word of ["ir", "į", "i", "dėl", "del", "Yra"]) assert.equal(lt.key(word), null, word)
  assert.equal(lv.key("(centrs),"), lv.key("centrs"))
  assert.equal(lv.key("…"), "")
})

/* Index a few documents and search them the way Material's worker does. */
function searchIndex(code, docs) {
  const lunr = lunrWith(code)
  const index = lunr(function () {
    this.use(lunr[code])
    this.ref("location")
    this.field("title")
    this.field("text")
    this.metadataWhitelist = ["position"]
    docs.forEach(doc => this.add(doc))
  })
  /* Material appends `*` to every term; lunr then skips its pipeline. */
  const search = query => index.search(query.split(/\s+/).map(t => t + "*").join(" ")).map(r => r.ref)
  return { lunr, index, search }
}

const LV_DOCS = [
  { location: "registration/", title: "Reģistrācija", text: "Pakalpojumu sniedzēju reģistrā centru ieraksta pēc reģistrācijas." },
  { location: "personnel/", title: "Personāls", text: "Kā novērst izdegšanu: supervīzija un atbalsts darbiniekiem." },
  { location: "centres/", title: "Centri", text: "Centros Vecumniekos un Jelgavā strādā sociālie darbinieki." }
]
const LT_DOCS = [
  { location: "registration/", title: "Registravimas", text: "Socialinių paslaugų licenciją išduoda Socialinių paslaugų priežiūros departamentas." },
  { location: "finances/", title: "Finansai", text: "Centro biudžetas sudaromas metams." },
  { location: "centres/", title: "Centrai", text: "Centruose Rokiškyje ir Biržuose dirba specialistai." }
]

test("Latvian queries find inflected forms, with or without diacritics", () => {
  const { search } = searchIndex("lv", LV_DOCS)
  assert.deepEqual(search("reģistrs"), ["registration/"])
  assert.deepEqual(search("registracija"), ["registration/"])
  assert.deepEqual(search("izdegsanas"), ["personnel/"])
  assert.equal(search("centrs")[0], "centres/")
  assert.equal(search("vecumnieki")[0], "centres/")
  assert.equal(search("un izdegšana")[0], "personnel/")   // the stop word is dropped
})

test("Lithuanian queries find inflected forms, with or without diacritics", () => {
  const { search } = searchIndex("lt", LT_DOCS)
  assert.deepEqual(search("licencija"), ["registration/"])
  assert.deepEqual(search("biudzetas"), ["finances/"])
  assert.deepEqual(search("biudžeto"), ["finances/"])
  assert.equal(search("centras")[0], "centres/")
  assert.equal(search("rokiskis")[0], "centres/")
})

test("matches keep the positions of the original words, for highlighting", () => {
  const { index } = searchIndex("lv", LV_DOCS)
  const [result] = index.search("registracija*")
  const metadata = result.matchData.metadata
  const [key] = Object.keys(metadata)
  assert.equal(key, lv.key("reģistrācija"))
  assert.ok(metadata[key].title.position.length >= 1)
})

test("a query of stop words only still searches them as prefixes", () => {
  const { search } = searchIndex("lv", [{ location: "x/", title: "Pārvaldība", text: "" }])
  assert.deepEqual(search("par"), ["x/"])
})

test("result terms name the original words of the document, or the word as typed", () => {
  const words = baltic.documentWords(LV_DOCS[0], lv)
  const key = lv.key("reģistrācija")
  const terms = baltic.rewriteTerms({ [key]: true, [lv.key("budžets")]: false }, words,
                                    { [lv.key("budžets")]: "budzets" })
  // "reģistrā" has the shorter key "registr": not a match for "registracij"
  assert.deepEqual(Object.keys(terms).sort(), ["budzets", "reģistrācija", "reģistrācijas"])
  assert.equal(terms.budzets, false)
  assert.equal(terms["reģistrācijas"], true)
})

test("query clauses become key clauses; stop words go, unless nothing else is left", () => {
  const { clauses, typed } = baltic.rewriteClauses([{ term: "registracija*" }, { term: "un*" }, { term: "centrā" }], lv)
  assert.deepEqual(clauses.map(c => c.term), [lv.key("registracija") + "*", lv.key("centrā")])
  assert.ok(clauses.every(c => c.usePipeline === false))   // already analysed: lunr must not stem again
  assert.equal(typed[lv.key("centrā")], "centrā")
  const alone = baltic.rewriteClauses([{ term: "pār*" }], lv)
  assert.deepEqual(alone.clauses.map(c => c.term), ["par*"])
})
