package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"dyad"
	"dyad/feed"
	"dyad/fetch"
	"dyad/source"
)

const watchExample = `dyad watch --db news.db --every 15m feeds.txt   # one feed URL a line, # comments
dyad watch --db news.db --once feeds.txt              # poll once, e.g. from cron`

func runWatch(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "watch", "watch [--db PATH] [--every DURATION] [--once] FEEDS.txt", watchExample)
	db := fs.String("db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
	every := fs.Duration("every", 15*time.Minute, "`time` between two polls of the feeds")
	once := fs.Bool("once", false, "poll the feeds once and exit")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed at once")
	fetcher := fetchFlags(fs)
	fetchers := fetchersFlag(fs)
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("watch takes one FEEDS.txt: a feed URL a line; see dyad watch --help")
	}
	if *every < time.Minute && !*once {
		return usagef("watch: --every %v is less than a minute; feeds are not polled that often", *every)
	}
	feeds, err := readFeedList(fs.Arg(0))
	if err != nil {
		return err
	}
	store, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	w, err := newWatcher(ctx, env, store, fetcher(), max(*workers, 1))
	if err != nil {
		return err
	}
	w.fetchers = *fetchers
	for {
		w.pollAll(ctx, feeds)
		if *once {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(*every):
		}
	}
}

// readFeedList reads one feed URL a line, skipping blanks and # comments.
func readFeedList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read feed list: %w", err)
	}
	defer f.Close()
	var urls []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			return nil, dyad.Errorf(dyad.EINVALID, "%s:%d: %q is not an http(s) URL", path, n, line)
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read feed list: %w", err)
	}
	if len(urls) == 0 {
		return nil, dyad.Errorf(dyad.EINVALID, "%s lists no feed URL", path)
	}
	return urls, nil
}

// watcher polls feeds and ingests their new entries.
type watcher struct {
	env      *Env
	store    store
	client   *fetch.Client
	analyzer dyad.Analyzer
	nd       *nearDuplicates
	workers  int
	fetchers int // fetchers is how many entries are fetched at once
}

func newWatcher(ctx context.Context, env *Env, st store, client *fetch.Client, workers int) (*watcher, error) {
	an, err := newAnalyzer(nil, nil)
	if err != nil {
		return nil, err
	}
	nd, err := loadNearDuplicates(ctx, st)
	if err != nil {
		return nil, err
	}
	return &watcher{env: env, store: st, client: client, analyzer: an, nd: nd, workers: workers}, nil
}

func (w *watcher) pollAll(ctx context.Context, feeds []string) {
	for _, u := range feeds {
		if ctx.Err() != nil {
			return
		}
		if err := w.poll(ctx, u); err != nil {
			fmt.Fprintf(w.env.Stdout, "%s: %s\n", u, dyad.ErrorMessage(err))
			w.store.PutFailure(ctx, dyad.Failure{Input: u, Stage: "feed", Reason: dyad.ErrorMessage(err)})
		}
	}
}

// poll fetches one feed (conditionally) and ingests its entries not seen
// before; the feed's state is saved whatever happens.
func (w *watcher) poll(ctx context.Context, feedURL string) error {
	st, err := w.store.FeedState(ctx, feedURL)
	if err != nil {
		return err
	}
	st.PolledAt, st.LastError = time.Now(), ""
	defer func() { w.store.PutFeedState(context.WithoutCancel(ctx), st) }()
	resp, err := w.client.Get(ctx, feedURL, fetch.Validators{ETag: st.ETag, LastModified: st.LastModified})
	if err != nil {
		st.LastError = err.Error()
		return err
	}
	if resp.NotModified {
		fmt.Fprintf(w.env.Stdout, "%s: not modified\n", feedURL)
		return nil
	}
	f, err := feed.Parse(strings.NewReader(string(resp.Body)))
	if err != nil {
		st.LastError = err.Error()
		return err
	}
	st.ETag, st.LastModified = resp.Validators.ETag, resp.Validators.LastModified
	fresh, err := w.unseen(ctx, feedURL, f.Items)
	if err != nil {
		return err
	}
	fmt.Fprintf(w.env.Stdout, "%s: %d entries, %d new\n", feedURL, len(f.Items), len(fresh))
	if len(fresh) == 0 {
		return nil
	}
	r := source.NewFeedReader(feedURL, fresh, source.Options{Fetchers: w.fetchers, Fetch: func(u string) (*fetch.Response, error) {
		return w.client.Get(ctx, u, fetch.Validators{})
	}})
	sum := ingest(ctx, r, w.analyzer, w.store, w.workers, newProgress(w.env.Stderr), w.nd)
	sum.write(w.env.Stdout)
	if ctx.Err() != nil {
		return nil // not marked seen: the next run takes them again
	}
	for _, it := range fresh {
		if err := w.store.PutFeedItem(ctx, feedURL, it.GUID); err != nil {
			return err
		}
	}
	return nil
}

// unseen returns the entries not handled in an earlier poll.
func (w *watcher) unseen(ctx context.Context, feedURL string, items []feed.Item) ([]feed.Item, error) {
	var out []feed.Item
	for _, it := range items {
		if it.GUID == "" {
			continue
		}
		seen, err := w.store.SeenFeedItem(ctx, feedURL, it.GUID)
		if err != nil {
			return nil, err
		}
		if !seen {
			out = append(out, it)
		}
	}
	return out, nil
}
