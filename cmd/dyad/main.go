// Command dyad turns news articles into political event data: who did what
// to whom, when and where, with the quotes of the people involved, each fact
// linked to the sentence it came from. Run "dyad help" for the subcommands.
//
// All wiring of the packages lives in this command; each subcommand has its
// own file.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
)

// command is one subcommand of dyad.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// commands is the one table of subcommands.
func commands() []command {
	return []command{
		{"analyze", "analyse one article and print its analysis document", runAnalyze},
		{"ingest", "analyse many articles and store them", runIngest},
		{"events", "list merged events (one per happening, with its reports)", runEvents},
		{"mentions", "list event reports, one per article sentence", runMentions},
		{"series", "time series of a dyad by day, week or month", runSeries},
		{"top", "most active actors or dyads in a period", runTop},
		{"search", "full-text search over stored articles", runSearch},
		{"export", "export events, mentions or quotes (CSV, JSONL, Parquet, GDELT 2.0)", runExport},
		{"recluster", "rebuild the merged events from the stored reports", runRecluster},
		{"quotes", "list stored quotes", runQuotes},
		{"serve", "serve the HTTP JSON API", runServe},
		{"explain", "show how the events of one sentence were coded", runExplain},
		{"dict", "check user actor dictionaries and look up names", runDict},
		{"nlp", "train, evaluate and run the tokenizer, tagger and parser", runNLP},
		{"extract", "extract the article (text and metadata) from a web page or scraped text", runExtract},
		{"watch", "poll news feeds on a schedule and ingest their new entries", runWatch},
		{"eval", "measure a part of dyad against labelled data (eval extract DIR, eval events --gold FILE)", runEval},
	}
}

// Env is what a subcommand may touch of the outside world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	code := Main(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main runs dyad with args and returns the process exit code: 0 on success,
// 1 on failure, 2 on a usage error.
func Main(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return exitCode(env, c.run(ctx, env, args[1:]))
		}
	}
	fmt.Fprintf(env.Stderr, "dyad: unknown command %q; run \"dyad help\" for the list\n", args[0])
	return 2
}

func exitCode(env *Env, err error) int {
	var uerr usageError
	switch {
	case err == nil || errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &uerr):
		fmt.Fprintf(env.Stderr, "dyad: %v\n", err)
		return 2
	}
	fmt.Fprintf(env.Stderr, "dyad: %v\n", err)
	return 1
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dyad turns news into political event data.\n\nUsage: dyad COMMAND [flags] [args]\n\nCommands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"dyad COMMAND --help\" for a command's flags and an example.")
}

// newFlagSet returns a flag set whose --help prints the synopsis, an
// example and the flags to env.Stdout.
func newFlagSet(env *Env, name, synopsis, example string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: dyad %s\n\n", synopsis)
		fmt.Fprintf(w, "Example:\n  %s\n\nFlags:\n", strings.ReplaceAll(example, "\n", "\n  "))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, whose flags may come before or after the
// positional arguments (up to "--"); --help prints to stdout and returns
// flag.ErrHelp.
func parseFlags(env *Env, fs *flag.FlagSet, args []string) error {
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(env.Stdout)
			fs.Usage()
			return flag.ErrHelp
		}
		if a == "--" {
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return usagef("%s: %v", fs.Name(), err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...) // after "--" nothing is a flag
			break
		}
		pos, args = append(pos, rest[0]), rest[1:] // flags may follow a FILE: analyze a.txt --format text
	}
	if err := fs.Parse(append([]string{"--"}, pos...)); err != nil {
		return usagef("%s: %v", fs.Name(), err)
	}
	return nil
}
