package nlp

import (
	"fmt"

	"github.com/RadhiFadlillah/whatlanggo"
)

// foreign returns the name and code of the language of text ("German
// (de)") and true when the language detector (whatlanggo, trigrams of 84
// languages) is confident that it is not English. The declared language of
// a page is not trusted: in the extraction test pages of go-trafilatura,
// Spanish, French and German articles declare "en" and English ones "de".
// Short or mixed texts, where the detector is unsure, count as English.
func foreign(text string) (string, bool) {
	info := whatlanggo.Detect(text)
	if !info.IsReliable() || info.Lang == whatlanggo.Eng {
		return "", false
	}
	return fmt.Sprintf("%s (%s)", info.Lang.String(), info.Lang.Iso6391()), true
}
