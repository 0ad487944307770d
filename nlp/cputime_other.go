//go:build !unix

package nlp

import "time"

// cpuTime returns 0: the platform does not say.
func cpuTime() time.Duration { return 0 }
