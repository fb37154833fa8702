/* The Latvian light stemmer (Lucene's LatvianStemmer, after Krešliņš) on every
   form of nouns of each declension, adjectives and verbs. Expected stems are
   derived from the algorithm by hand: the first ending of Lucene's list that
   fits is removed if the word keeps a vowel and 3 letters, then palatalised
   consonants are undone after endings of declensions II, V and VI. */
"use strict"
const test = require("node:test")
const assert = require("node:assert/strict")
const { languages } = require("./support")

const stem = languages.lv.stem

/* Every form (singular: nom gen dat acc loc; plural the same) -> one stem. */
const ONE_STEM = {
  centr: "centrs centra centram centru centrā centri centru centriem centrus centros",   // I
  brāl: "brālis brāļa brālim brāli brālī brāļi brāļu brāļiem brāļus brāļos",             // II, ļ -> l
  skap: "skapis skapja skapim skapi skapī skapji skapju skapjiem skapjus skapjos",       // II, pj -> p
  akmen: "akmens akmenim akmeni akmenī akmeņi akmeņu akmeņiem akmeņus akmeņos",          // II, ņ -> n
  tirg: "tirgus tirgum tirgu tirgū tirgi tirgiem tirgos",                                  // III
  pašvaldīb: "pašvaldība pašvaldības pašvaldībai pašvaldību pašvaldībā pašvaldībām pašvaldībās", // IV
  reģistrācij: "reģistrācija reģistrācijas reģistrācijai reģistrāciju reģistrācijā reģistrācijām reģistrācijās",
  kāj: "kāja kājas kājai kāju kājā kājām kājās",
  ziv: "zivs zivij zivi zivī zivis zivju zivīm zivīs",                                     // VI, vj -> v
  pasākum: "pasākums pasākuma pasākumam pasākumu pasākumā pasākumi pasākumiem pasākumus pasākumos",
  /* adjectives: indefinite and definite, masculine and feminine */
  liel: "liels liela lielam lielu lielā lieli lieliem lielus lielos " +
        "lielas lielai lielām lielās " +
        "lielais lielajam lielajā lielo lielie lielajiem lielajos lielajai lielajām lielajās",
  sociāl: "sociāls sociāla sociālam sociālu sociālā sociāli sociāliem sociālus sociālos " +
          "sociālas sociālai sociālām sociālās sociālais sociālajam sociālo sociālie sociālajiem sociālajai sociālajām"
}

/* The algorithm leaves the ambiguous d/z -> ž undone (genitive plural). */
const AMBIGUOUS = { vide: "vid", vides: "vid", videi: "vid", vidi: "vid", vidē: "vid", vidēm: "vid", vidēs: "vid", vižu: "viž",
                    slodze: "slodz", slodzes: "slodz", slodzē: "slodz", slodzēm: "slodz", slodžu: "slodž" }

/* Verbs are not its aim: it strips what looks like a noun ending, so the
   present and past share a stem, the infinitive and some persons keep theirs. */
const VERBS = {
  strādāt: "strādāt", strādāju: "strādāj", strādā: "strād", strādājam: "strādāj", strādājat: "strādājat",
  strādāji: "strādāj", strādāja: "strādāj", strādājām: "strādāj", strādājāt: "strādājāt",
  strādāšu: "strādāš", strādāsi: "strādās", strādās: "strād", strādāsim: "strādās", strādāsiet: "strādāsiet",
  sniegt: "sniegt", sniedzu: "sniedz", sniedz: "sniedz", sniedzam: "sniedz", sniedza: "sniedz", sniedzām: "sniedz",
  sniegs: "snieg", sniegsim: "sniegs", mācīties: "mācīti", mācos: "māc", mācās: "māc", mācījos: "mācīj", mācījās: "mācīj"
}

/* Endings are only removed from words of at least ending + 3 letters that
   keep a vowel. */
const UNCHANGED = ["un", "uz", "ir", "kas", "tas", "es", "2022", "lli"]

test("every case form of Latvian nouns and adjectives has one stem", () => {
  for (const [expected, forms] of Object.entries(ONE_STEM))
    for (const form of forms.split(" "))
      assert.equal(stem(form), expected, form)
})

test("genitive plural keeps the ambiguous ž, as in Lucene", () => {
  for (const [form, expected] of Object.entries(AMBIGUOUS))
    assert.equal(stem(form), expected, form)
})

test("verb forms get the stems the noun endings give them", () => {
  for (const [form, expected] of Object.entries(VERBS))
    assert.equal(stem(form), expected, form)
})

test("short words, words without a vowel left and numbers stay", () => {
  for (const word of UNCHANGED)
    assert.equal(stem(word), word, word)
  assert.equal(stem("māja"), "māj")   // 4 letters: -a goes, 3 stay
  assert.equal(stem("dzīvs"), "dzīv")  // -s needs no vowel of its own
})

test("palatalisation after genitive plural -u: kš -> kst, ņņ -> nn", () => {
  assert.equal(stem("pūkšu"), "pūkst")
  assert.equal(stem("ceņņu"), "cenn")
  assert.equal(stem("kašķu"), "kašķ")   // no rule for šķ
})
