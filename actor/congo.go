package actor

import (
	"strings"
	"time"
)

// zaireRenamed is the day Zaire became the Democratic Republic of the
// Congo: before it, a bare "Congo" was the Republic of the Congo.
var zaireRenamed = time.Date(1997, 5, 17, 0, 0, 0, 0, time.UTC)

// congo returns the meanings of a bare "Congo" with the country the
// article means: the one whose capital the article names ("Brazzaville":
// COG, "Kinshasa": COD); else, if the article names Zaire or is older than
// Zaire's renaming in May 1997, the Republic of the Congo (COG); else the
// Democratic Republic (COD), which news has called "Congo" far more often
// since.
func (s *scan) congo(es []entry) []entry {
	text := s.a.Article.Text
	code := "COD"
	switch brazza, kinshasa := strings.Contains(text, "Brazzaville"), strings.Contains(text, "Kinshasa"); {
	case brazza && !kinshasa:
		code = "COG"
	case kinshasa && !brazza:
		code = "COD"
	case strings.Contains(text, "Zaire") || s.day.Before(zaireRenamed):
		code = "COG"
	}
	out := make([]entry, len(es))
	for i, e := range es {
		if e.code == "COD" || e.code == "COG" {
			e.code = code
		}
		out[i] = e
	}
	return out
}
