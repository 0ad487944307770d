package source

// ahead runs the jobs that next yields, up to n at a time, and returns
// their items in the order of the jobs. Fetching pages of different hosts
// at once is what it is for: the fetch client keeps each host's delay and
// robots.txt, so jobs of one host still wait for each other there.
type ahead struct {
	n       int
	next    func() (func() Item, bool) // next yields the next job; it is only called from the reading goroutine
	pending []chan Item                // pending are the results of the running jobs, oldest first
	done    bool
}

// newAhead returns the item function of an ahead with n workers (at
// least 1).
func newAhead(n int, next func() (func() Item, bool)) func() (Item, bool) {
	a := &ahead{n: max(n, 1), next: next}
	return a.item
}

// item starts jobs until n run, then waits for the oldest.
func (a *ahead) item() (Item, bool) {
	for !a.done && len(a.pending) < a.n {
		job, ok := a.next()
		if !ok {
			a.done = true
			break
		}
		ch := make(chan Item, 1) // buffered: a job left behind by a closed reader does not block
		go func() { ch <- job() }()
		a.pending = append(a.pending, ch)
	}
	if len(a.pending) == 0 {
		return Item{}, false
	}
	ch := a.pending[0]
	a.pending = a.pending[1:]
	return <-ch, true
}

// done returns a job that yields it as is.
func done(it Item) func() Item { return func() Item { return it } }
