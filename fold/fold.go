// Package fold gives the lookup key of a name: lower case, Latin accents
// removed, curly apostrophes straightened and spaces collapsed, so that
// "Côte d’Ivoire" and "cote d'ivoire" meet. The actor tables and the
// gazetteer both index names by it.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key returns the lookup key of s.
func Key(s string) string {
	if ascii(s) {
		return asciiKey(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		space = false
		b.WriteString(Rune(r))
	}
	return strings.TrimSuffix(b.String(), " ")
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func asciiKey(s string) string {
	lower, clean := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') || c != ' ' && c <= ' ' {
			clean = false
		}
	}
	switch {
	case lower && clean:
		return s
	case clean:
		return strings.ToLower(s)
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// Rune returns the folded form of one rune: "e" for 'É', "'" for '’', "ss"
// for 'ß'.
func Rune(r rune) string {
	if r < utf8.RuneSelf {
		return string(unicode.ToLower(r))
	}
	if s, ok := table[r]; ok {
		return s
	}
	return string(unicode.ToLower(r))
}

var table = func() map[rune]string {
	m := map[rune]string{'’': "'", '‘': "'", 'ʼ': "'", '`': "'", 'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
		'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i", 'þ': "th", 'ð': "d", '‐': "-", '–': "-"}
	groups := map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ",
		"i": "ìíîïĩīĭįǐ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ", "o": "òóôõöōŏőǒ",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔ", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	}
	for to, from := range groups {
		for _, r := range from {
			m[r] = to
			m[unicode.ToUpper(r)] = to
		}
	}
	return m
}()
