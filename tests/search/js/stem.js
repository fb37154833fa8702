/* Command line: `node stem.js lv|lt < words` prints the stem of each line,
   for the Python tests that compare the stemmers with an oracle. */
"use strict"
const { languages } = require("./support")
const language = languages[process.argv[2]]
const words = require("fs").readFileSync(0, "utf8").split("\n")
if (words[words.length - 1] === "") words.pop()
process.stdout.write(words.map(word => language.stem(word)).join("\n") + "\n")
