package actor

import "time"

// founded are the days countries younger than the tables' oldest tenures
// became independent: before then their capitals stand for no government.
var founded = map[string]time.Time{
	"ERI": time.Date(1993, 5, 24, 0, 0, 0, 0, time.UTC),
	"TLS": time.Date(2002, 5, 20, 0, 0, 0, 0, time.UTC),
	"MNE": time.Date(2006, 6, 3, 0, 0, 0, 0, time.UTC),
	"XKX": time.Date(2008, 2, 17, 0, 0, 0, 0, time.UTC),
	"SSD": time.Date(2011, 7, 9, 0, 0, 0, 0, time.UTC),
}

// seceded are the countries that seceded from another one the tables
// know, and that one: before its independence, an actor of such a country
// is an actor of the state it belonged to ("Eritrean rebels" in 1990 are
// Ethiopia's). East Timor (Indonesian occupation, then UN administration)
// and Montenegro (its own government within Yugoslavia) are not mapped.
var seceded = map[string]string{"ERI": "ETH", "XKX": "SRB", "SSD": "SDN"}

// partOf returns the state a country belonged to on day d, if it had not
// yet seceded from it.
func partOf(country string, d time.Time) (string, bool) {
	was, ok := seceded[country]
	if !ok || !d.Before(founded[country]) {
		return "", false
	}
	return was, true
}

// CountryOn returns the country a place or actor of country belonged to on
// day d: the state it seceded from before its independence (Juba is SDN in
// 2000, SSD since 9 July 2011), else country itself. The gazetteer gives
// today's countries; a caller placing an event of another day can pass the
// place's country through it.
func CountryOn(country string, d time.Time) string {
	if was, ok := partOf(country, d); ok {
		return was
	}
	return country
}

// governing are the armed movements the tables give as a country's
// government (sector GOV) that governed it only in some periods, with
// those periods; on any other day they are rebels (REB): the Taliban ruled
// Afghanistan from the fall of Kabul on 27 September 1996 to its loss on 13
// November 2001, and again since 15 August 2021.
var governing = map[string][][2]time.Time{
	"Taliban": {
		{time.Date(1996, 9, 27, 0, 0, 0, 0, time.UTC), time.Date(2001, 11, 13, 0, 0, 0, 0, time.UTC)},
		{time.Date(2021, 8, 15, 0, 0, 0, 0, time.UTC), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)},
	},
}

// sectorOn returns the sector of the organisation named name, given as
// sector by the tables, on day d (zero: today's).
func sectorOn(name, sector string, d time.Time) string {
	eras, ok := governing[name]
	if !ok || d.IsZero() || sector != "GOV" {
		return sector
	}
	for _, e := range eras {
		if !d.Before(e[0]) && d.Before(e[1]) {
			return sector
		}
	}
	return "REB"
}
