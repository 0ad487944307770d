// Package pipeline provides the Analyzer that runs dyad's stages in order on
// one article. Analysis is a pure function of the article and the stages'
// reference data: no I/O, no clock, so the same article gives the same
// document on any machine, and a failing stage is recorded in the document's
// Status while the later stages still run.
package pipeline

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"dyad"
)

// Pipeline runs stages in order. It is safe for concurrent use when its
// stages are.
type Pipeline struct {
	stages []dyad.Stage
}

var _ dyad.Analyzer = (*Pipeline)(nil)

// New returns a pipeline of the given stages.
func New(stages ...dyad.Stage) *Pipeline {
	return &Pipeline{stages: stages}
}

// Analyze validates art, gives it its content ID, runs every stage and
// checks the document's spans. It returns an EINVALID error for an article
// that cannot be analysed; stage failures are in the document's Status.
func (p *Pipeline) Analyze(ctx context.Context, art dyad.Article) (*dyad.Analysis, error) {
	if art.ID == "" {
		art.ID = dyad.ArticleID(art.Text)
	}
	if err := art.Validate(); err != nil {
		return nil, err
	}
	if art.PublishedSource == "" {
		art.PublishedSource = dyad.PublishedUnknown
	}
	a := dyad.NewAnalysis(art)
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("analyze %s: %w", art.ID, err)
		}
		err := run(s, a)
		st := dyad.Status{Stage: s.Name(), OK: err == nil}
		if err != nil {
			st.Error = err.Error()
		}
		a.Status = append(a.Status, st)
	}
	if err := a.Validate(); err != nil {
		return nil, dyad.Errorf(dyad.EINTERNAL, "analyze %s: a stage broke the document: %v", art.ID, err)
	}
	return a, nil
}

// run runs one stage, turning a panic into an error so that one bad article
// never takes down a batch.
func run(s dyad.Stage, a *dyad.Analysis) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stage %s panicked: %v (at %s)", s.Name(), r, panicSite(debug.Stack()))
		}
	}()
	return s.Run(a)
}

// panicSite returns the function and line where a panic happened: the
// first frame of the stack below the runtime's own.
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i := 0; i+1 < len(lines); i++ {
		if strings.HasPrefix(lines[i], "panic(") && i+3 < len(lines) {
			return strings.TrimSpace(lines[i+2]) + " " + strings.TrimSpace(lines[i+3])
		}
	}
	return "unknown"
}
