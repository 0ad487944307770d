package api

import (
	"net/http"
	"strconv"

	"dyad"
)

// eventFilter reads the event filters shared by events and mentions.
func (q *query) eventFilter() dyad.EventFilter {
	f := dyad.EventFilter{Source: q.str("source"), Target: q.str("target"), PLOVER: q.str("type"), CAMEO: q.str("cameo"),
		From: q.date("from"), To: q.date("to"), ArticleID: q.str("article"), AllMoods: q.bool("all_moods"),
		Either: q.bool("both"), Place: q.str("place"), Outlet: q.str("outlet"), Page: q.page()}
	if v := q.str("quad"); v != nil {
		n := q.int("quad")
		if (n < 1 || n > 4) && q.err == nil {
			q.err = dyad.Errorf(dyad.EINVALID, "quad=%q: want 1, 2, 3 or 4", *v)
		}
		f.QuadClass = &n
	}
	if v := q.str("min_confidence"); v != nil {
		c, err := strconv.ParseFloat(*v, 64)
		if (err != nil || c < 0 || c > 1) && q.err == nil {
			q.err = dyad.Errorf(dyad.EINVALID, "min_confidence=%q: want a number from 0 to 1", *v)
		}
		f.MinConfidence = &c
	}
	return f
}

// mergedEvents lists merged events with their mentions (mentions=false
// leaves them out).
func (s *Server) mergedEvents(w http.ResponseWriter, r *http.Request) {
	q := query{r: r}
	f := q.eventFilter()
	f.Mentions = q.str("mentions") == nil || q.bool("mentions")
	if q.err != nil {
		s.writeError(w, r, q.err)
		return
	}
	items, total, err := s.Store.MergedEvents(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	off, lim := f.Window()
	writeJSON(w, http.StatusOK, List[dyad.MergedEvent]{Items: items, Total: total, Offset: off, Limit: lim})
}

// series answers {"items": [points]} for source, target, by, both, from, to.
func (s *Server) series(w http.ResponseWriter, r *http.Request) {
	q := query{r: r}
	sq := dyad.SeriesQuery{Source: deref(q.str("source")), Target: deref(q.str("target")), Both: q.bool("both"),
		By: dyad.Interval(deref(q.str("by"))), From: q.date("from"), To: q.date("to")}
	if sq.By == "" {
		sq.By = dyad.Week
	}
	if q.err != nil {
		s.writeError(w, r, q.err)
		return
	}
	points, err := s.Store.Series(r.Context(), sq)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": points})
}

// top answers {"items": [ranked]} for dyads, from, to, limit.
func (s *Server) top(w http.ResponseWriter, r *http.Request) {
	q := query{r: r}
	tq := dyad.TopQuery{Dyads: q.bool("dyads"), From: q.date("from"), To: q.date("to"), Limit: q.int("limit")}
	if q.err != nil {
		s.writeError(w, r, q.err)
		return
	}
	items, err := s.Store.Top(r.Context(), tq)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

// search lists the articles matching every word of q.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := query{r: r}
	aq := dyad.ArticleQuery{Text: deref(q.str("q")), Page: q.page()}
	if q.err != nil {
		s.writeError(w, r, q.err)
		return
	}
	items, total, err := s.Store.SearchArticles(r.Context(), aq)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	off, lim := aq.Window()
	writeJSON(w, http.StatusOK, List[dyad.ArticleHit]{Items: items, Total: total, Offset: off, Limit: lim})
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
