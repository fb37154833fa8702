/* The Lithuanian Snowball stemmer on every form of nouns, adjectives and
   verbs. Expected stems are Snowball's (the Python `snowballstemmer` package
   agrees on a large word list: tests/search/test_stemmers.py). */
"use strict"
const test = require("node:test")
const assert = require("node:assert/strict")
const { languages } = require("./support")

const stem = languages.lt.stem

const ONE_STEM = {
  /* nouns: singular nom gen dat acc ins loc (voc), plural the same */
  centr: "centras centro centrui centrą centru centre centrai centrų centrams centrus centrais centruose",
  paslaug: "paslauga paslaugos paslaugai paslaugą paslaugoje paslaugų paslaugoms paslaugas paslaugomis paslaugose",
  savivaldyb: "savivaldybė savivaldybės savivaldybei savivaldybę savivaldybe savivaldybėje " +
              "savivaldybių savivaldybėms savivaldybes savivaldybėmis savivaldybėse",
  sūn: "sūnus sūnaus sūnui sūnų sūnumi sūnuje sūnau sūnūs sūnums sūnumis sūnuose",
  /* adjectives, masculine and feminine */
  ger: "geras gero geram gerą geru gerame geri gerų geriems gerus gerais geruose " +
       "gera geros gerai geroje geroms geromis gerose",
  socialin: "socialinis socialinio socialiniam socialinį socialiniu socialiniame socialiniai socialinių " +
            "socialiniams socialinius socialiniais socialiniuose socialinė socialinės socialinei socialinę " +
            "socialine socialinėje socialinėms socialines socialinėmis socialinėse",
  /* verbs: infinitive, present, past, future, conditional, imperative */
  teik: "teikti teikiu teiki teikia teikiame teikiate teikiau teikei teikė teikėme teikėte " +
        "teiksiu teiksi teiks teiksime teiksite teikčiau teik teikite",
  dirb: "dirbti dirbu dirbi dirba dirbame dirbate dirbau dirbai dirbo dirbome dirbote " +
        "dirbsiu dirbsi dirbs dirbsime dirbsite dirbčiau dirbk dirbkite"
}

test("every form of Lithuanian nouns, adjectives and verbs has one stem", () => {
  for (const [expected, forms] of Object.entries(ONE_STEM))
    for (const form of forms.split(" "))
      assert.equal(stem(form), expected, form)
})

test("endings are only removed after the first consonant that follows a vowel", () => {
  assert.equal(stem("ir"), "ir")
  assert.equal(stem("tas"), "tas")
  assert.equal(stem("2022"), "2022")
  assert.equal(stem("aktas"), "akt")       // short words starting with a: R1 from the start
  assert.equal(stem("aplinkos"), "aplink") // longer ones: R1 from the second letter
})

test("Snowball's special rules: conflicts, č/dž and gd", () => {
  assert.equal(stem("vaikaitės"), "vaikait")   // -aitės -> -aitė, then -ė
  assert.equal(stem("kalbėjime"), "kalbėjim")  // -ėjime -> -ėjimas, then -as
  assert.equal(stem("medžio"), "med")          // -dž -> -d
  assert.equal(stem("kančios"), "kant")        // -č -> -t
  assert.equal(stem("teiktų"), "teikt")        // the conditional keeps its -t
})
