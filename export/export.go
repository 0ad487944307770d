// Package export writes what a dyad store holds for other tools: merged
// events, their mentions and quotes as CSV, JSONL and Parquet, and merged
// events as the GDELT 2.0 event (61 columns) and mentions (16 columns)
// tables, tab-separated without a header like GDELT's own files, so that
// existing GDELT tooling reads dyad's output.
//
// Every export streams: rows are written as the store yields them.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"

	"github.com/parquet-go/parquet-go"

	"dyad"
)

// Format is an output format.
type Format string

// The formats of Write.
const (
	CSV           Format = "csv"
	JSONL         Format = "jsonl"
	Parquet       Format = "parquet"
	GDELTEvents   Format = "gdelt-events"
	GDELTMentions Format = "gdelt-mentions"
)

// Table is what to export.
type Table string

// The tables of Write.
const (
	Events   Table = "events"   // merged events, one row each
	Mentions Table = "mentions" // the reports of merged events, one row each
	Quotes   Table = "quotes"   // quotes, one row each
)

// Options say what Write exports. The zero value exports merged events as CSV.
type Options struct {
	Format Format           // Format is the output format; "" means CSV.
	Table  Table            // Table is what to export; "" means events. The GDELT formats set it.
	Events dyad.EventFilter // Events selects the merged events (its Page is ignored).
	Quotes dyad.QuoteFilter // Quotes selects the quotes (its Page is ignored).
}

// Validate reports a format or table Write does not know.
func (o Options) Validate() error {
	switch o.Format {
	case "", CSV, JSONL, Parquet, GDELTEvents, GDELTMentions:
	default:
		return dyad.Errorf(dyad.EINVALID, "export format %q: want csv, jsonl, parquet, gdelt-events or gdelt-mentions", o.Format)
	}
	switch o.Table {
	case "", Events, Mentions, Quotes:
	default:
		return dyad.Errorf(dyad.EINVALID, "export table %q: want events, mentions or quotes", o.Table)
	}
	if (o.Format == GDELTEvents || o.Format == GDELTMentions) && o.Table == Quotes {
		return dyad.Errorf(dyad.EINVALID, "GDELT tables hold events and mentions, not quotes; export quotes as csv, jsonl or parquet")
	}
	return nil
}

// Write exports from src to w and returns the number of rows written.
func Write(ctx context.Context, w io.Writer, src dyad.EventIndex, o Options) (int, error) {
	if err := o.Validate(); err != nil {
		return 0, err
	}
	switch o.Format {
	case GDELTEvents:
		return writeGDELTEvents(ctx, w, src, o.Events)
	case GDELTMentions:
		return writeGDELTMentions(ctx, w, src, o.Events)
	}
	switch o.Table {
	case Quotes:
		return writeRows(w, o.Format, func(emit func(QuoteRow) error) error {
			return src.EachQuote(ctx, o.Quotes, func(q dyad.QuoteRecord) error { return emit(quoteRow(q)) })
		})
	case Mentions:
		f := o.Events
		f.Mentions = true
		return writeRows(w, o.Format, func(emit func(MentionRow) error) error {
			return src.EachMergedEvent(ctx, f, func(e dyad.MergedEvent) error {
				for _, m := range e.Mentions {
					if err := emit(mentionRow(e, m)); err != nil {
						return err
					}
				}
				return nil
			})
		})
	}
	if o.Format == JSONL {
		return writeEventsJSONL(ctx, w, src, o.Events)
	}
	return writeRows(w, o.Format, func(emit func(EventRow) error) error {
		return src.EachMergedEvent(ctx, o.Events, func(e dyad.MergedEvent) error { return emit(eventRow(e)) })
	})
}

// writeEventsJSONL writes each merged event with its mentions on one line.
func writeEventsJSONL(ctx context.Context, w io.Writer, src dyad.EventIndex, f dyad.EventFilter) (int, error) {
	f.Mentions = true
	enc := json.NewEncoder(w)
	n := 0
	err := src.EachMergedEvent(ctx, f, func(e dyad.MergedEvent) error {
		n++
		return enc.Encode(e)
	})
	return n, err
}

// writeRows writes the rows that each yields as CSV, JSONL or Parquet.
func writeRows[T any](w io.Writer, format Format, each func(emit func(T) error) error) (int, error) {
	n := 0
	switch format {
	case JSONL:
		enc := json.NewEncoder(w)
		err := each(func(r T) error { n++; return enc.Encode(r) })
		return n, err
	case Parquet:
		pw := parquet.NewGenericWriter[T](w)
		batch := make([]T, 0, 1024)
		flush := func() error {
			_, err := pw.Write(batch)
			batch = batch[:0]
			return err
		}
		err := each(func(r T) error {
			n++
			if batch = append(batch, r); len(batch) == cap(batch) {
				return flush()
			}
			return nil
		})
		if err == nil {
			err = flush()
		}
		if cerr := pw.Close(); err == nil {
			err = cerr
		}
		return n, err
	}
	cw := csv.NewWriter(w)
	var zero T
	if err := cw.Write(header(reflect.TypeOf(zero))); err != nil {
		return 0, err
	}
	err := each(func(r T) error {
		n++
		return cw.Write(record(reflect.ValueOf(r)))
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	return n, err
}

// header returns the json names of the fields of struct type t.
func header(t reflect.Type) []string {
	out := make([]string, t.NumField())
	for i := range out {
		out[i] = t.Field(i).Tag.Get("json")
	}
	return out
}

// record formats the fields of struct v as text.
func record(v reflect.Value) []string {
	out := make([]string, v.NumField())
	for i := range out {
		out[i] = field(v.Field(i))
	}
	return out
}

// field formats one value as text; a nil pointer (an optional number that
// is absent) is empty.
func field(f reflect.Value) string {
	switch f.Kind() {
	case reflect.String:
		return f.String()
	case reflect.Int, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(f.Int(), 10)
	case reflect.Float64:
		return strconv.FormatFloat(f.Float(), 'f', -1, 64)
	case reflect.Bool:
		return strconv.FormatBool(f.Bool())
	case reflect.Pointer:
		if f.IsNil() {
			return ""
		}
		return field(f.Elem())
	}
	return fmt.Sprint(f.Interface())
}
