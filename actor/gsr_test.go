package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad/internal/shareddata"
)

// sharedDir is the shared folder beside the clone, or $DYAD_SHARED.
func sharedDir() string {
	return shareddata.Dir()
}

// TestGSRActors measures how many of the actors that the PETRARCH2 gold
// standard (petr2-gsr-english.jsonl, real news sentences with their dates)
// codes as an event's source or target are among the mentions dyad
// resolves in the sentence: by country, and by full code. It reports the
// figures and fails if they fall below the floors they were measured at.
func TestGSRActors(t *testing.T) {
	path := filepath.Join(sharedDir(), "testdata/petrarch-validation/petr2-gsr-english.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("../shared not found: %v", err)
	}
	defer f.Close()
	var total, country, code int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var rec struct {
			ID, Text, Date string
			Expected       []struct{ Source, Target string }
			Evaluate       bool
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		d, err := time.Parse("2006-01-02", rec.Date)
		if err != nil || !rec.Evaluate {
			continue
		}
		a := analyse(t, rec.Text, d)
		for _, e := range rec.Expected {
			for _, want := range []string{e.Source, e.Target} {
				if len(want) < 3 || want[:3] == "---" {
					continue
				}
				total++
				gotCountry, gotCode := false, false
				for _, m := range a.Mentions {
					gotCountry = gotCountry || m.Actor.Country == want[:3]
					gotCode = gotCode || m.Actor.Code == want
				}
				if gotCountry {
					country++
				}
				if gotCode {
					code++
				}
				if testing.Verbose() && !gotCode {
					t.Logf("%s: want %s in %q; got %s", rec.ID, want, rec.Text, listMentions(a))
				}
			}
		}
	}
	pc, pk := 100*float64(country)/float64(total), 100*float64(code)/float64(total)
	t.Logf("GSR actors: %d; country found %d (%.1f%%); full code found %d (%.1f%%)", total, country, pc, code, pk)
	if pc < 85 || pk < 65 {
		t.Errorf("GSR actor recall fell: country %.1f%%, code %.1f%%", pc, pk)
	}
}
