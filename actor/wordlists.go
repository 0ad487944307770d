package actor

// Word lists the rules read.

// actionNouns are nouns after a nationality word that make the nation an
// actor, with the sector that acts: "Israeli shelling", "Chinese tariffs".
var actionNouns = map[string]string{
	"strike": "MIL", "strikes": "MIL", "airstrike": "MIL", "airstrikes": "MIL", "air": "MIL", "shelling": "MIL",
	"attack": "MIL", "attacks": "MIL", "raid": "MIL", "raids": "MIL", "missile": "MIL", "missiles": "MIL",
	"drone": "MIL", "drones": "MIL", "tank": "MIL", "tanks": "MIL", "jets": "MIL", "rocket": "MIL",
	"rockets": "MIL", "bombardment": "MIL", "offensive": "MIL", "incursion": "MIL", "invasion": "MIL",
	"assault": "MIL", "fire": "MIL", "gunfire": "MIL", "blockade": "MIL", "occupation": "MIL",
	"sanctions": "GOV", "tariffs": "GOV", "tariff": "GOV", "ban": "GOV", "embargo": "GOV", "crackdown": "GOV",
	"positions": "MIL", "warplanes": "MIL",
	"proposal": "GOV", "proposals": "GOV", "plan": "GOV", "peace": "GOV", "ultimatum": "GOV", "offer": "GOV",
	"initiative": "GOV", "mediation": "GOV", "rule": "GOV", "riots": "", "uprising": "", "side": "", "sides": "",
}

// placeNouns after a nationality word name the nation's towns and people
// as the ones an event befalls: "shelled Iraqi towns".
var placeNouns = set("town", "towns", "city", "cities", "village", "villages", "enclave", "territory", "building",
	"republic", "region", "regions", "province", "provinces", "district", "districts", "port",
	"buildings", "homes", "neighbourhoods", "neighborhoods", "sites", "targets", "facilities", "installations",
	"infrastructure", "refinery", "refineries", "airfield", "airfields", "airports", "ports", "ships", "vessels",
	"block", "blocks", "hospital", "hospitals", "school", "schools")

// placeModifiers may stand between a nationality word and a place noun or
// an action noun: "Iranian nuclear sites", "Ukrainian energy
// infrastructure", "Cambodian military positions".
var placeModifiers = set("nuclear", "military", "energy", "oil", "gas", "naval", "border", "power", "civilian",
	"residential", "industrial", "government", "army", "air", "missile", "drone", "apartment")

// modifiedNouns follow an agent word used as a modifier, not as an actor:
// "military exercises", "police station".
var modifiedNouns = set("exercise", "exercises", "drill", "drills", "base", "bases", "operation", "operations",
	"equipment", "aid", "spending", "budget", "station", "stations", "chief", "chiefs", "spokesman",
	"spokeswoman", "spokesperson", "source", "sources", "academy", "hospital", "vehicle", "vehicles",
	"checkpoint", "checkpoints", "post", "headquarters", "presence", "leadership", "officer", "commander",
	"commanders", "custody", "cordon", "report", "reports", "record", "records", "service", "force",
	"strike", "strikes", "election", "elections", "assembly", "public", "staff", "consensus", "manager")

// commonWords are surnames of office-holders that are also common words or
// given names; alone, with no full name before, they are not taken as a
// person ("Friday", "Brown", "Martin").
var commonWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
	"december", "brown", "christian", "dan", "francis", "henry", "joseph", "martin", "pierre", "man", "min", "te",
	"tax", "plant", "store", "desert", "font", "sr.", "peters", "mohammed", "mohamed", "muhammad", "ali",
	"hassan", "ahmad", "abdullah", "ibrahim", "hussein", "singh", "kim", "lee", "li", "wang", "cho", "gil", "paz",
	"salam", "rashid", "hamad", "mubarak", "saud", "thani", "nahyan", "khan", "hall", "young", "rice", "park",
	"long", "will", "green", "white", "black", "king", "cook", "price", "bell", "hill", "love", "hope", "page",
	"rock", "stone", "field", "moon", "sun", "ford", "grant", "major", "may", "wood", "young", "davis", "douglas",
	"mitchell", "taylor", "johnson", "james", "george", "charles", "philippe", "albert", "harald", "frederik",
	"salman", "tamim", "abiy", "hun", "dong", "deng", "teo", "lai", "wong", "nielsen", "rossi", "leon",
	"montenegro", "cooper", "castro", "haas", "reina", "dar", "bah", "bio", "fai", "ati", "vila", "lise",
	"francis", "guillaume", "henri", "ho", "jean", "williams", "pope", "christian", "granger", "he")

// calendarWords end a name: "Syrian President Bashar Assad Tuesday".
var calendarWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
	"today", "yesterday", "tomorrow")

// roleAdjectives may stand between a nationality and a title.
var roleAdjectives = set("new", "acting", "interim", "outgoing", "incoming", "then", "current", "top", "senior",
	"caretaker", "deputy", "junior", "chief")

// determiners and other words that start a sentence before a name ("The
// Bush administration", "When Trump...").
var determiners = set("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
	"when", "if", "while", "meanwhile", "as", "since", "because", "although", "though", "yet", "so", "then",
	"also", "now", "still", "even", "only", "both", "neither", "either", "under", "during", "without", "among",
	"between", "against", "about", "before", "over", "through", "like", "unlike", "despite", "later", "earlier")
