package main

import (
	"context"
	"fmt"
)

// evalCommands are the subcommands of "dyad eval"; each scores one part of
// dyad against gold data.
func evalCommands() map[string]func(ctx context.Context, env *Env, args []string) error {
	return map[string]func(ctx context.Context, env *Env, args []string) error{
		"events": runEvalEvents,
	}
}

func runEval(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(env.Stdout, "Usage: dyad eval events --gold FILE.jsonl [flags]\n\nScores a part of dyad against gold data:\n  events  CAMEO events against (source, target, code) triples\n\nExample:\n  %s\n\nRun \"dyad eval events --help\" for the flags.\n", evalEventsExample)
		return nil
	}
	run, ok := evalCommands()[args[0]]
	if !ok {
		return usagef("eval: unknown part %q; want events", args[0])
	}
	return run(ctx, env, args[1:])
}
