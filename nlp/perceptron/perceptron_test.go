package perceptron

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// trainToy learns to tell three classes apart from one feature each, with
// a shared bias feature.
func trainToy() *Trainer { return trainToyClasses(3) }

// trainToyClasses is trainToy with n classes; more than maxDense gives a
// model with sparse slots.
func trainToyClasses(n int) *Trainer {
	tr := NewTrainer(n)
	scores := make([]float32, n)
	for epoch := 0; epoch < 5; epoch++ {
		for c := 0; c < n; c++ {
			fs := []uint64{Key(0), Key(1, string(rune('a'+c)))}
			tr.Scores(fs, scores)
			best := 0
			for k := range scores {
				if scores[k] > scores[best] {
					best = k
				}
			}
			tr.Update(fs, c, best)
			tr.Tick()
		}
	}
	return tr
}

func TestTrainAndEncode(t *testing.T) {
	m := trainToy().Model(0)
	scores := make([]float32, 3)
	for c := 0; c < 3; c++ {
		m.Scores([]uint64{Key(0), Key(1, string(rune('a'+c)))}, scores)
		for k := range scores {
			if k != c && scores[k] >= scores[c] {
				t.Errorf("class %d: scores %v, want %d highest", c, scores, c)
			}
		}
	}
	b := m.Append(nil)
	got, rest, err := Decode(append(b, 7))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]byte{7}, rest); diff != "" {
		t.Errorf("rest (-want +got):\n%s", diff)
	}
	want := make([]float32, 3)
	for c := 0; c < 3; c++ {
		fs := []uint64{Key(0), Key(1, string(rune('a'+c)))}
		m.Scores(fs, want)
		got.Scores(fs, scores)
		if diff := cmp.Diff(want, scores); diff != "" {
			t.Errorf("decoded scores (-want +got):\n%s", diff)
		}
	}
	if p := m.Pruned(0.9); p.Weights() >= m.Weights() {
		t.Errorf("Pruned(0.9) kept %d of %d weights", p.Weights(), m.Weights())
	}
}

func TestKeyDiffers(t *testing.T) {
	if Key(1, "ab", "c") == Key(1, "a", "bc") || Key(1, "a") == Key(2, "a") || KeyInt(1, "a", 1) == KeyInt(1, "a", 2) {
		t.Error("distinct features share a key")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(trainToy().Model(0).Append(nil))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, _, err := Decode(b)
		if err != nil {
			return
		}
		scores := make([]float32, m.Classes())
		m.Scores([]uint64{Key(0), Key(1, "a")}, scores)
	})
}

func TestKeyPairInt(t *testing.T) {
	for _, c := range []struct{ a, b string }{{"", ""}, {"NN", "VB"}, {"héllo", "x y"}} {
		if got, want := KeyPairInt(7, c.a, c.b, 3), KeyInt(7, c.a+" "+c.b, 3); got != want {
			t.Errorf("KeyPairInt(7, %q, %q, 3) = %x, want %x", c.a, c.b, got, want)
		}
	}
}

func TestScoresWith(t *testing.T) {
	for _, n := range []int{3, 9} {
		testScoresWith(t, trainToyClasses(n).Model(0), n)
	}
}

func testScoresWith(t *testing.T, m *Model, n int) {
	word := []uint64{Key(0)}
	for c := 0; c < n; c++ {
		rest := []uint64{Key(1, string(rune('a'+c))), Key(9, "unseen")}
		want, got := make([]float32, n), make([]float32, n)
		m.Scores(append(append([]uint64(nil), word...), rest...), want)
		m.ScoresWith(m.Partial(word), rest, got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("class %d: ScoresWith(Partial) (-Scores +ScoresWith):\n%s", c, diff)
		}
	}
}
