package conllu

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadWriteRoundTrip(t *testing.T) {
	b, err := os.ReadFile("../testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var sents []Sentence
	r := NewReader(bytes.NewReader(b))
	for r.Scan() {
		sents = append(sents, r.Sentence())
	}
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	if len(sents) != 4 {
		t.Fatalf("read %d sentences, want 4", len(sents))
	}
	want := Range{First: 2, Last: 3, Form: "didn't", Misc: "_"}
	if diff := cmp.Diff([]Range{want}, sents[2].Ranges); diff != "" {
		t.Errorf("ranges (-want +got):\n%s", diff)
	}
	var out bytes.Buffer
	for _, s := range sents {
		if err := Write(&out, s); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(string(b), out.String()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"columns", "1\tA\tB\n\n", "10 tab-separated columns"},
		{"id", "2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n", "word ID"},
		{"head", "1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n\n", "bad head"},
		{"range", "1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n\n", "bad token range"},
	}
	for _, tt := range tests {
		r := NewReader(strings.NewReader(tt.in))
		for r.Scan() {
		}
		if err := r.Err(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Err() = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func FuzzReader(f *testing.F) {
	b, _ := os.ReadFile("../testdata/tiny.conllu")
	f.Add(string(b))
	f.Add("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n1-1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in))
		for r.Scan() {
			s := r.Sentence()
			for i, w := range s.Words {
				if w.ID != i+1 {
					t.Fatalf("word %d has ID %d", i, w.ID)
				}
			}
			var out bytes.Buffer
			if err := Write(&out, s); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func TestReadDocumentComments(t *testing.T) {
	in := "# newdoc id = weblog-1\n# newpar\n# text = Hi.\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n" +
		"# text = Bye.\n1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
	r := NewReader(strings.NewReader(in))
	var got []Sentence
	for r.Scan() {
		got = append(got, r.Sentence())
	}
	if err := r.Err(); err != nil || len(got) != 2 {
		t.Fatalf("read %d sentences, err %v", len(got), err)
	}
	if !got[0].NewDoc || got[0].DocID != "weblog-1" || !got[0].NewPar || got[1].NewDoc || got[1].DocID != "" {
		t.Errorf("document comments: %+v, %+v", got[0], got[1])
	}
}
