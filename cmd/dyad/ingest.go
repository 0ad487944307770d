package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"dyad"
	"dyad/eventdb"
	"dyad/fetch"
	"dyad/postgres"
	"dyad/source"
	"dyad/sqlite"
)

const ingestExample = `dyad ingest --db news.db examples/
dyad ingest --db news.db articles.jsonl   # one {"url","title","text" or "html","published"} a line
dyad ingest --db news.db CC-NEWS-20260116.warc.gz saved-pages/ feed.rss
dyad ingest --db news.db --input urls links.txt   # each URL fetched politely`

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "ingest", "ingest [--db PATH] [--workers N] [--input FORMAT] [--dict FILE] [--patterns FILE] FILE|DIR|-...", ingestExample)
	dicts := addDictFlag(fs)
	pats := patternsFlag(fs)
	db := fs.String("db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed at once")
	input := fs.String("input", "", "input `format` for every input: "+source.Formats+" (default: sniffed per file)")
	fetcher := fetchFlags(fs)
	fetchers := fetchersFlag(fs)
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if err := source.ValidFormat(*input); err != nil {
		return usagef("ingest: --input: %s", dyad.ErrorMessage(err))
	}
	if fs.NArg() == 0 {
		return usagef("ingest needs at least one FILE, DIR or - (standard input); see dyad ingest --help")
	}
	store, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	analyzer, err := newAnalyzer(*dicts, *pats)
	if err != nil {
		return err
	}
	nd, err := loadNearDuplicates(ctx, store)
	if err != nil {
		return err
	}
	client := fetcher()
	r := source.NewReaderWith(fs.Args(), env.Stdin, source.Options{Format: *input, Fetchers: *fetchers, Fetch: func(u string) (*fetch.Response, error) {
		return client.Get(ctx, u, fetch.Validators{})
	}})
	defer r.Close()
	sum := ingest(ctx, r, analyzer, store, max(*workers, 1), newProgress(env.Stderr), nd)
	sum.write(env.Stdout)
	if sum.storeErr != nil {
		return fmt.Errorf("ingest stopped after %d items (%d stored, each whole): %w; fix the database and run the same command again to resume (stored articles are skipped)", sum.read, sum.stored, sum.storeErr)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ingest interrupted after %d items; run it again to resume (stored articles are skipped): %w", sum.read, err)
	}
	return nil
}

// store is a dyad.Store that holds a connection or a file open, and keeps
// what ingest and watch need besides articles (both stores do).
type store interface {
	dyad.Store
	ingestState
	Close() error
}

// ingestState is what ingest and watch keep besides articles: text
// signatures and near-duplicate links, and the state of watched feeds.
type ingestState interface {
	PutSignature(ctx context.Context, articleID string, sig []byte, links []eventdb.NearDuplicate) error
	Signatures(ctx context.Context, fn func(articleID string, sig []byte) error) error
	FeedState(ctx context.Context, url string) (eventdb.FeedState, error)
	PutFeedState(ctx context.Context, st eventdb.FeedState) error
	SeenFeedItem(ctx context.Context, feedURL, guid string) (bool, error)
	PutFeedItem(ctx context.Context, feedURL, guid string) error
}

// openStore opens the store named by --db, $DYAD_DB or the default: a
// postgres:// or postgresql:// URL selects PostgreSQL, anything else is the
// path of a SQLite file.
func openStore(ctx context.Context, env *Env, flagValue string) (store, error) {
	path, err := dbPath(env, flagValue)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return postgres.Open(ctx, path)
	}
	return sqlite.Open(ctx, path)
}

// result is what became of one item.
type result struct {
	seq      int // seq is the item's position in the input
	item     source.Item
	analysis *dyad.Analysis
	err      error // read or analysis error
}

// ingest analyses the items of r on workers goroutines and stores them from
// this one in input order, recording every failure with its item: of two
// items with the same URL the first in the input is stored, however many
// workers there are. At most 4×workers items are in flight.
//
// When the store cannot take an article nor record that failure (a database
// that went away, a full disk), ingest stops reading, keeps what is stored
// (each article is one transaction) and reports the error in
// summary.storeErr: running it again resumes without duplicates.
func ingest(ctx context.Context, r *source.Reader, an dyad.Analyzer, st dyad.Store, workers int, p *progress, nd *nearDuplicates) *summary {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq  int
		item source.Item
	}
	jobs := make(chan job)
	results := make(chan result)
	inFlight := make(chan struct{}, 4*workers)
	go func() {
		defer close(jobs)
		for seq := 0; r.Scan(); seq++ {
			select {
			case inFlight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq, r.Item()}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := analyze(ctx, an, j.item)
				res.seq = j.seq
				results <- res
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	sum := &summary{reasons: map[string]int{}, nd: nd}
	pending, next := map[int]result{}, 0
	for res := range results {
		pending[res.seq] = res
		for ; ; next++ {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			<-inFlight
			if sum.storeErr != nil {
				continue // drain the workers after a store failure
			}
			sum.add(ctx, st, res)
			p.update(sum)
			if sum.storeErr != nil {
				cancel()
			}
		}
	}
	p.done(sum)
	return sum
}

func analyze(ctx context.Context, an dyad.Analyzer, it source.Item) result {
	if it.Err != nil {
		return result{item: it, err: it.Err}
	}
	a, err := an.Analyze(ctx, it.Article)
	return result{item: it, analysis: a, err: err}
}

// summary counts what an ingest did.
type summary struct {
	read, stored, duplicates, failed, events int
	nearDuplicates                           int // stored articles that nearly copy an earlier one
	reasons                                  map[string]int
	nd                                       *nearDuplicates // nd links near-duplicates; nil skips it
	storeErr                                 error           // storeErr is set when the store can take nothing more
}

// add stores one result, or records its failure.
func (s *summary) add(ctx context.Context, st dyad.Store, res result) {
	s.read++
	stage := "read"
	if res.item.Err == nil {
		stage = "analyze"
	}
	if res.err == nil {
		stored, err := st.PutAnalysis(ctx, res.analysis)
		switch {
		case err != nil:
			res.err, stage = err, "store"
		case stored:
			s.stored++
			s.events += len(res.analysis.Events)
			s.stageFailures(ctx, st, res)
			s.linkNearDuplicates(ctx, st, res)
			return
		default:
			s.duplicates++
			return
		}
	}
	s.fail(ctx, st, res.item.Input, articleID(res), stage, dyad.ErrorMessage(res.err))
}

// linkNearDuplicates links a stored article to the earlier ones it nearly
// copies; a failure to link is recorded, the article stays stored.
func (s *summary) linkNearDuplicates(ctx context.Context, st dyad.Store, res result) {
	if s.nd == nil {
		return
	}
	n, err := s.nd.link(ctx, res.analysis)
	if err != nil {
		s.reasons["near-duplicates: "+err.Error()]++
		st.PutFailure(ctx, dyad.Failure{Input: res.item.Input, ArticleID: res.analysis.Article.ID, Stage: "dedup", Reason: err.Error()})
		return
	}
	if n > 0 {
		s.nearDuplicates++
	}
}

// stageFailures records the stages that failed on a stored article.
func (s *summary) stageFailures(ctx context.Context, st dyad.Store, res result) {
	for _, stt := range res.analysis.Status {
		if !stt.OK {
			s.reasons["stage "+stt.Stage+": "+stt.Error]++
			st.PutFailure(ctx, dyad.Failure{Input: res.item.Input, ArticleID: res.analysis.Article.ID, Stage: stt.Stage, Reason: stt.Error})
		}
	}
}

func (s *summary) fail(ctx context.Context, st dyad.Store, input, id, stage, reason string) {
	s.failed++
	s.reasons[stage+": "+reason]++
	if err := st.PutFailure(ctx, dyad.Failure{Input: input, ArticleID: id, Stage: stage, Reason: reason}); err != nil {
		s.reasons["record failure: "+err.Error()]++
		if stage == "store" {
			s.storeErr = fmt.Errorf("the store took neither %s nor its failure: %s", input, reason)
		}
	}
}

func articleID(res result) string {
	if res.item.Article.Text == "" || dyad.ValidateText(res.item.Article.Text) != nil {
		return ""
	}
	return dyad.ArticleID(res.item.Article.Text)
}

// write prints the summary and the failures by reason.
func (s *summary) write(w io.Writer) {
	fmt.Fprintf(w, "read %d, stored %d, already stored %d, failed %d, events %d, near-duplicates %d\n", s.read, s.stored, s.duplicates, s.failed, s.events, s.nearDuplicates)
	reasons := make([]string, 0, len(s.reasons))
	for r := range s.reasons {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		return s.reasons[reasons[i]] > s.reasons[reasons[j]] || s.reasons[reasons[i]] == s.reasons[reasons[j]] && reasons[i] < reasons[j]
	})
	if len(reasons) > 0 {
		fmt.Fprintln(w, "failures by reason (details: the failures table, or GET /api/v1/failures):")
	}
	for _, r := range reasons {
		fmt.Fprintf(w, "  %5d  %s\n", s.reasons[r], r)
	}
}

// progress shows a live count on a terminal and nothing in a pipe.
type progress struct {
	w     io.Writer // nil when not a terminal
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer) *progress {
	p := &progress{start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.w = f
		}
	}
	return p
}

func (p *progress) update(s *summary) {
	if p.w == nil || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := float64(s.read) / max(time.Since(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r%d articles  %.1f/s  stored %d  failed %d  ", s.read, rate, s.stored, s.failed)
}

func (p *progress) done(s *summary) {
	if p.w != nil {
		p.last = time.Time{}
		p.update(s)
		fmt.Fprintln(p.w)
	}
}
