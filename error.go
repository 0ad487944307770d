package dyad

import (
	"errors"
	"fmt"
)

// Error codes say what kind of failure an Error is; the HTTP server maps each
// to one status and the CLI to one exit code.
const (
	EINVALID  = "invalid"   // the input is wrong: bad text, bad filter, bad date
	ENOTFOUND = "not_found" // the thing asked for does not exist
	ECONFLICT = "conflict"  // the thing exists already
	EINTERNAL = "internal"  // a bug or a failing dependency
)

// Error is a failure with a machine-readable code and a message for a person.
type Error struct {
	Code    string // Code is one of the E* constants.
	Message string // Message says what went wrong and, where it helps, what to do.
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or
// err.Error() for any other error.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}
