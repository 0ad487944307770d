// Package api provides dyad's HTTP JSON API over a dyad.Store: events,
// quotes, articles and failures, with filters and paging. One route table,
// handlers as methods on Server, one function that writes errors.
package api

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"dyad"
)

// Server serves the API. Store is required; a nil Logger logs nothing.
type Server struct {
	Store  dyad.Store
	Logger *slog.Logger
}

// Handler returns the route table.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/events", s.mergedEvents)
	mux.HandleFunc("GET /api/v1/mentions", s.events)
	mux.HandleFunc("GET /api/v1/series", s.series)
	mux.HandleFunc("GET /api/v1/top", s.top)
	mux.HandleFunc("GET /api/v1/search", s.search)
	mux.HandleFunc("GET /api/v1/quotes", s.quotes)
	mux.HandleFunc("GET /api/v1/articles/{id}", s.article)
	mux.HandleFunc("GET /api/v1/failures", s.failures)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, dyad.Errorf(dyad.ENOTFOUND, "no route %s %s; see /api/v1/events, /api/v1/mentions, /api/v1/series, /api/v1/top, /api/v1/search, /api/v1/quotes, /api/v1/articles/{id}, /api/v1/failures", r.Method, r.URL.Path))
	})
	return mux
}

// List is the body of every list response.
type List[T any] struct {
	Items  []T `json:"items"`  // Items are this page's results.
	Total  int `json:"total"`  // Total is how many match in all.
	Offset int `json:"offset"` // Offset is how many were skipped.
	Limit  int `json:"limit"`  // Limit is the page size used.
}

// events lists the event reports, one per article sentence.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	q := query{r: r}
	f := q.eventFilter()
	if q.err != nil {
		s.writeError(w, r, q.err)
		return
	}
	items, total, err := s.Store.Events(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	off, lim := f.Window()
	writeJSON(w, http.StatusOK, List[dyad.EventRecord]{Items: items, Total: total, Offset: off, Limit: lim})
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	q := query{r: r}
	f := dyad.QuoteFilter{Speaker: q.str("speaker"), Actor: q.str("actor"), From: q.date("from"), To: q.date("to"),
		ArticleID: q.str("article"), Grouped: q.bool("grouped"), Page: q.page()}
	if q.err != nil {
		s.writeError(w, r, q.err)
		return
	}
	items, total, err := s.Store.Quotes(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	off, lim := f.Window()
	writeJSON(w, http.StatusOK, List[dyad.QuoteRecord]{Items: items, Total: total, Offset: off, Limit: lim})
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	a, err := s.Store.Analysis(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) failures(w http.ResponseWriter, r *http.Request) {
	q := query{r: r}
	p := q.page()
	if q.err != nil {
		s.writeError(w, r, q.err)
		return
	}
	items, total, err := s.Store.Failures(r.Context(), p)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	off, lim := p.Window()
	writeJSON(w, http.StatusOK, List[dyad.Failure]{Items: items, Total: total, Offset: off, Limit: lim})
}

// statuses maps error codes to HTTP statuses.
var statuses = map[string]int{
	dyad.EINVALID:  http.StatusBadRequest,
	dyad.ENOTFOUND: http.StatusNotFound,
	dyad.ECONFLICT: http.StatusConflict,
	dyad.EINTERNAL: http.StatusInternalServerError,
}

// writeError writes err as {"error":{"code","message"}}; internal errors
// are logged and their details kept from the client.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := dyad.ErrorCode(err)
	msg := dyad.ErrorMessage(err)
	if code == dyad.EINTERNAL {
		if s.Logger != nil {
			s.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		}
		msg = "internal error; see the server log"
	}
	writeJSON(w, statuses[code], map[string]any{"error": map[string]string{"code": code, "message": msg}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// query reads URL parameters, keeping the first error.
type query struct {
	r   *http.Request
	err error
}

func (q *query) str(name string) *string {
	if v := q.r.URL.Query().Get(name); v != "" {
		return &v
	}
	return nil
}

func (q *query) date(name string) *time.Time {
	v := q.str(name)
	if v == nil {
		return nil
	}
	t, err := dyad.ParseDate(*v)
	if err != nil && q.err == nil {
		q.err = dyad.Errorf(dyad.EINVALID, "%s: %v", name, err)
	}
	return &t
}

func (q *query) bool(name string) bool {
	v := q.str(name)
	if v == nil {
		return false
	}
	b, err := strconv.ParseBool(*v)
	if err != nil && q.err == nil {
		q.err = dyad.Errorf(dyad.EINVALID, "%s=%q: want true or false", name, *v)
	}
	return b
}

func (q *query) int(name string) int {
	v := q.str(name)
	if v == nil {
		return 0
	}
	n, err := strconv.Atoi(*v)
	if (err != nil || n < 0) && q.err == nil {
		q.err = dyad.Errorf(dyad.EINVALID, "%s=%q: want a whole number ≥ 0", name, *v)
	}
	return n
}

func (q *query) page() dyad.Page {
	p := dyad.Page{Offset: q.int("offset"), Limit: q.int("limit")}
	if p.Limit > dyad.MaxLimit && q.err == nil {
		q.err = dyad.Errorf(dyad.EINVALID, "limit=%d: at most %d", p.Limit, dyad.MaxLimit)
	}
	return p
}
