package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"dyad"
	"dyad/actor"
	"dyad/source"
)

const dictExample = `dyad dict check my-actors.yaml
dyad dict lookup "Li Qiang" --date 2024-05-01
dyad dict lookup "Thai Foreign Minister Sihasak Phuangketkeow" --dict my-actors.tsv
dyad dict unknown news/ > my-actors.tsv   # titled people the tables lack, as a dictionary to fill in`

// runDict runs "dyad dict check FILE..." and "dyad dict lookup NAME".
func runDict(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fs := newFlagSet(env, "dict", "dict check FILE... | dict lookup NAME [--date YYYY-MM-DD] [--dict FILE] | dict unknown [--dict FILE] FILE|DIR|-...", dictExample)
		return parseFlags(env, fs, []string{"--help"})
	}
	switch args[0] {
	case "check":
		return runDictCheck(env, args[1:])
	case "lookup":
		return runDictLookup(env, args[1:])
	case "unknown":
		return runDictUnknown(ctx, env, args[1:])
	}
	return usagef("dict: unknown subcommand %q: want check, lookup or unknown", args[0])
}

// runDictCheck validates user dictionaries and reports every bad line.
func runDictCheck(env *Env, args []string) error {
	fs := newFlagSet(env, "dict check", "dict check FILE...", "dyad dict check my-actors.yaml")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("dict check needs at least one dictionary FILE")
	}
	bad := 0
	for _, path := range fs.Args() {
		d, err := actor.ReadDict(path)
		var derr *actor.DictError
		switch {
		case errors.As(err, &derr):
			bad++
			for _, p := range derr.Problems {
				fmt.Fprintf(env.Stdout, "%s: %s\n", path, p)
			}
		case err != nil:
			bad++
			fmt.Fprintf(env.Stdout, "%s: %v\n", path, err)
		default:
			fmt.Fprintf(env.Stdout, "%s: ok, %d entries\n", path, len(d.Entries))
		}
	}
	if bad > 0 {
		return dyad.Errorf(dyad.EINVALID, "%d of %d dictionaries have errors; fix the lines above", bad, fs.NArg())
	}
	return nil
}

// runDictLookup prints what the actor tables say about a name on a day.
func runDictLookup(env *Env, args []string) error {
	fs := newFlagSet(env, "dict lookup", "dict lookup NAME [--date YYYY-MM-DD] [--dict FILE]", `dyad dict lookup "Li Qiang" --date 2024-05-01`)
	date := fs.String("date", "", "the `day` to resolve the name on (default: the newest table rows)")
	dicts := addDictFlag(fs)
	if err := parseFlags(env, fs, interspersed(args)); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("dict lookup takes one NAME (quote it: \"Li Qiang\"), got %d", fs.NArg())
	}
	var day time.Time
	if *date != "" {
		t, err := dyad.ParseDate(*date)
		if err != nil {
			return usagef("--date: %v", err)
		}
		day = t
	}
	r, err := newActors(*dicts)
	if err != nil {
		return err
	}
	ans, err := r.Lookup(fs.Arg(0), day)
	if err != nil {
		return err
	}
	writeAnswer(env.Stdout, fs.Arg(0), ans)
	return nil
}

// writeAnswer prints a lookup answer and the person's tenures.
func writeAnswer(w io.Writer, name string, ans actor.Answer) {
	a := ans.Actor
	fmt.Fprintf(w, "%s: %s (country %s, sector %s)\n", name, a.Code, a.Country, orDash(a.Sector))
	if a.Name != "" {
		fmt.Fprintf(w, "  name: %s\n", a.Name)
	}
	if a.Role != "" {
		fmt.Fprintf(w, "  role: %s\n", a.Role)
	}
	fmt.Fprintf(w, "  rule: %s\n", ans.Rule)
	for _, p := range ans.Tenures {
		end := "now"
		if !p.End.IsZero() {
			end = dyad.FormatDate(p.End)
		}
		checked := ""
		if p.Checked != "" {
			checked = ", checked " + p.Checked
		}
		fmt.Fprintf(w, "  %s, %s %s %s: %s to %s (%s%s)\n", p.Name, p.Country, p.Sector, p.Role, dyad.FormatDate(p.Start), end, p.Source, checked)
	}
}

// interspersed moves the flags of a lookup before its name, so that
// "dyad dict lookup NAME --date D" parses like "--date D NAME".
func interspersed(args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && len(a) > 1:
			flags = append(flags, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && a != "-h" && a != "--help" && a != "-help" {
				flags = append(flags, args[i+1])
				i++
			}
		default:
			rest = append(rest, a)
		}
	}
	return append(append(flags, "--"), rest...)
}

// runDictUnknown analyses articles and prints the titled people the actor
// tables do not know, as a TSV dictionary for the user to check and fill in
// (the start of each tenure is the first article date they were seen on).
func runDictUnknown(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "dict unknown", "dict unknown [--dict FILE] FILE|DIR|-...", "dyad dict unknown news/ > my-actors.tsv")
	dicts := addDictFlag(fs)
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("dict unknown needs at least one FILE, DIR or - (standard input)")
	}
	analyzer, err := newAnalyzer(*dicts, nil)
	if err != nil {
		return err
	}
	found := map[string]*unknownPerson{}
	var order []string
	r := source.NewReader(fs.Args(), env.Stdin)
	defer r.Close()
	for r.Scan() {
		it := r.Item()
		if it.Err != nil {
			fmt.Fprintf(env.Stderr, "dyad: %s: %v\n", it.Input, it.Err)
			continue
		}
		a, err := analyzer.Analyze(ctx, it.Article)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad: %s: %v\n", it.Input, dyad.ErrorMessage(err))
			continue
		}
		for _, m := range actor.UnknownPeople(a) {
			k := m.Actor.Country + "\t" + m.Actor.Name
			u := found[k]
			if u == nil {
				u = &unknownPerson{actor: m.Actor, input: it.Input}
				found[k] = u
				order = append(order, k)
			}
			u.count++
			if p := it.Article.Published; !p.IsZero() && (u.first.IsZero() || p.Before(u.first)) {
				u.first = p
			}
		}
	}
	writeUnknown(env.Stdout, order, found)
	return nil
}

// unknownPerson is a titled person the tables lack, as seen in articles.
type unknownPerson struct {
	actor dyad.Actor
	count int
	first time.Time
	input string
}

// writeUnknown prints the people found as a TSV dictionary.
func writeUnknown(w io.Writer, order []string, found map[string]*unknownPerson) {
	fmt.Fprintln(w, "# Titled people the actor tables lack. Check each, set start to the first day in office,")
	fmt.Fprintln(w, "# then use the file with --dict (dyad dict check FILE validates it).")
	fmt.Fprintln(w, "kind\tname\tcountry\tsector\trole\tstart")
	for _, k := range order {
		u := found[k]
		start := ""
		if !u.first.IsZero() {
			start = dyad.FormatDate(u.first)
		}
		fmt.Fprintf(w, "# seen %d times, first in %s\n", u.count, u.input)
		fmt.Fprintf(w, "person\t%s\t%s\t%s\t%s\t%s\n", u.actor.Name, u.actor.Country, u.actor.Sector, u.actor.Role, start)
	}
}
