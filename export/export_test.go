package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"dyad"
	"dyad/export"
	"dyad/sqlite"
	"dyad/storetest"
)

var ctx = context.Background()

// store returns a SQLite store holding the conformance suite's meetings:
// 4 asserted merged events with 9 mentions, and one quote-free corpus.
// Two reports of the 16 January meeting have a tone: AFP −10, Xinhua 20.
func store(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for i, a := range storetest.Meetings() {
		if tone := map[int]float64{0: -10, 2: 20}[i]; tone != 0 {
			a.Tone = &tone
		}
		if _, err := s.PutAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	q := storetest.Fixture("Xi said so.", "https://q.example/1", "2026-01-16", nil, "Xi Jinping")
	if _, err := s.PutAnalysis(ctx, q); err != nil {
		t.Fatal(err)
	}
	return s
}

func export1(t *testing.T, s *sqlite.Store, o export.Options) (string, int) {
	t.Helper()
	var b bytes.Buffer
	n, err := export.Write(ctx, &b, s, o)
	if err != nil {
		t.Fatalf("Write(%+v): %v", o, err)
	}
	return b.String(), n
}

func TestCSVAndJSONL(t *testing.T) {
	s := store(t)
	tests := []struct {
		o        export.Options
		rows     int
		firstCol string
	}{
		{export.Options{}, 4, "id"},
		{export.Options{Table: export.Mentions}, 9, "event_id"},
		{export.Options{Table: export.Quotes}, 1, "article_id"},
		{export.Options{Events: dyad.EventFilter{From: day("2026-01-20")}}, 2, "id"},
	}
	for _, tt := range tests {
		out, n := export1(t, s, tt.o)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || n != tt.rows || len(recs) != tt.rows+1 || recs[0][0] != tt.firstCol {
			t.Errorf("CSV %+v: %d rows written, %d records, err %v, header %v; want %d rows under a header starting %q",
				tt.o, n, len(recs), err, recs[0], tt.rows, tt.firstCol)
		}
		tt.o.Format = export.JSONL
		out, n = export1(t, s, tt.o)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		for _, l := range lines {
			if !json.Valid([]byte(l)) {
				t.Errorf("JSONL %+v: invalid line %q", tt.o, l)
			}
		}
		if n != tt.rows || len(lines) != tt.rows {
			t.Errorf("JSONL %+v: %d rows written, %d lines; want %d", tt.o, n, len(lines), tt.rows)
		}
	}
	out, _ := export1(t, s, export.Options{Format: export.JSONL})
	var first dyad.MergedEvent
	json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &first)
	if first.Date != "2026-01-05" || len(first.Mentions) != 1 {
		t.Errorf("first JSONL event = %+v; want the 5 January tariffs with their mention", first)
	}
}

func day(s string) *time.Time {
	t, _ := dyad.ParseDate(s)
	return &t
}

func TestParquetReadsBack(t *testing.T) {
	s := store(t)
	for _, table := range []export.Table{export.Events, export.Mentions, export.Quotes} {
		out, n := export1(t, s, export.Options{Format: export.Parquet, Table: table})
		f, err := parquet.OpenFile(bytes.NewReader([]byte(out)), int64(len(out)))
		if err != nil {
			t.Fatalf("parquet %s: %v", table, err)
		}
		if f.NumRows() != int64(n) || n == 0 {
			t.Errorf("parquet %s: %d rows in the file, %d written", table, f.NumRows(), n)
		}
	}
	out, _ := export1(t, s, export.Options{Format: export.Parquet})
	rows, err := parquet.Read[export.EventRow](bytes.NewReader([]byte(out)), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[1].CAMEO != "040" || rows[1].NumMentions != 6 || rows[1].NumSources != 4 || rows[1].SourceCode != "CANGOV" {
		t.Errorf("parquet events = %+v; want the Carney–Li meeting second with 6 mentions from 4 sources", rows)
	}
}

func TestGDELT(t *testing.T) {
	s := store(t)
	out, n := export1(t, s, export.Options{Format: export.GDELTEvents})
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if n != 4 || len(lines) != 4 || len(export.GDELTEventColumns) != 61 || len(export.GDELTMentionColumns) != 16 {
		t.Fatalf("gdelt-events: %d rows, %d lines; %d event and %d mention columns", n, len(lines), len(export.GDELTEventColumns), len(export.GDELTMentionColumns))
	}
	col := func(fields []string, names []string, name string) string {
		for i, c := range names {
			if c == name {
				return fields[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	ids := map[string]bool{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 61 {
			t.Fatalf("gdelt-events line has %d fields, want 61: %q", len(f), l)
		}
		ids[f[0]] = true
	}
	meeting := strings.Split(lines[1], "\t")
	got := map[string]string{}
	for _, c := range []string{"SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code",
		"EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED"} {
		got[c] = col(meeting, export.GDELTEventColumns, c)
	}
	want := map[string]string{"SQLDATE": "20260116", "MonthYear": "202601", "Year": "2026", "Actor1Code": "CANGOV",
		"Actor1CountryCode": "CAN", "Actor1Type1Code": "GOV", "Actor2Code": "CHNGOV", "EventCode": "040", "EventBaseCode": "040",
		"EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1", "NumMentions": "6", "NumSources": "4", "NumArticles": "5",
		"AvgTone": "5", "DATEADDED": "20260116000000"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gdelt-events meeting row (-want +got):\n%s", diff)
	}
	out, n = export1(t, s, export.Options{Format: export.GDELTMentions})
	lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if n != 9 || len(lines) != 9 {
		t.Fatalf("gdelt-mentions: %d rows, %d lines; want 9", n, len(lines))
	}
	docTones := map[string]string{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 16 || !ids[f[0]] || f[3] != "1" || f[5] == "" {
			t.Errorf("gdelt-mentions line %q: want 16 fields, a known GLOBALEVENTID, type 1 and a URL", l)
			continue
		}
		docTones[col(f, export.GDELTMentionColumns, "MentionIdentifier")] += col(f, export.GDELTMentionColumns, "MentionDocTone") + ";"
	}
	wantTones := map[string]string{"https://afp.example/carney-li": "-10;", "https://xinhua.example/li-carney": "20;",
		"https://chinadaily.example/a": ";;", "https://weekly.example/review": ";;"}
	for url, w := range wantTones {
		if docTones[url] != w {
			t.Errorf("gdelt-mentions of %s: MentionDocTone %q, want %q", url, docTones[url], w)
		}
	}
	if _, err := export.Write(ctx, &bytes.Buffer{}, s, export.Options{Format: export.GDELTEvents, Table: export.Quotes}); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("GDELT quotes: error %v, want %s", err, dyad.EINVALID)
	}
}
