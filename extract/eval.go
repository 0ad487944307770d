package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Truth is one hand-labelled page of an extraction benchmark, in the format
// of Scrapinghub's article-extraction-benchmark ground-truth.json.
type Truth struct {
	Body string `json:"articleBody"` // Body is the true main text.
	URL  string `json:"url"`         // URL is where the page came from.
}

// LoadTruth reads a ground-truth file: a JSON object of Truth keyed by page ID.
func LoadTruth(path string) (map[string]Truth, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read ground truth: %w", err)
	}
	var gt map[string]Truth
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("parse ground truth %s: %w", path, err)
	}
	return gt, nil
}

// PageResult is the score of one page.
type PageResult struct {
	ID     string `json:"id"`              // ID is the page ID in the ground truth.
	Counts Counts `json:"-"`               // Counts are the scaled shingle matches.
	Error  string `json:"error,omitempty"` // Error says why nothing was extracted.
}

// Report is the result of an extraction benchmark run.
type Report struct {
	Summary
	PagesPerSecond float64      `json:"pages_per_second"` // PagesPerSecond is the extraction rate (HTML -> article), reading excluded.
	Failures       int          `json:"failures"`         // Failures counts pages that gave no article.
	Results        []PageResult `json:"-"`                // Results are per page, sorted by ID.
}

// Evaluate extracts every page htmlDir/<id>.html named in truth and scores
// it. A page that fails to extract scores as an empty prediction.
func Evaluate(ctx context.Context, htmlDir string, truth map[string]Truth) (Report, error) {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var rep Report
	var spent time.Duration
	counts := make([]Counts, 0, len(ids))
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		raw, err := os.ReadFile(filepath.Join(htmlDir, id+".html"))
		if err != nil {
			return rep, fmt.Errorf("read page %s: %w; is %s the benchmark's html folder?", id, err, htmlDir)
		}
		start := time.Now()
		art, err := Extract(bytes.NewReader(raw), Options{URL: truth[id].URL})
		spent += time.Since(start)
		r := PageResult{ID: id}
		if err != nil {
			r.Error = err.Error()
			rep.Failures++
		}
		r.Counts = Score(truth[id].Body, strings.ReplaceAll(art.Text, "\u00ad", ""))
		counts = append(counts, r.Counts)
		rep.Results = append(rep.Results, r)
	}
	rep.Summary = Summarize(counts)
	if spent > 0 {
		rep.PagesPerSecond = float64(len(ids)) / spent.Seconds()
	}
	return rep, nil
}
