package main

import (
	"context"
	"fmt"
	"os"

	"dyad/extract"
)

func main() {
	dir := "/work/shared/bench/extraction"
	gt, err := extract.LoadTruth(dir + "/ground-truth.json")
	if err != nil {
		panic(err)
	}
	rep, err := extract.Evaluate(context.Background(), dir+"/html", gt)
	if err != nil {
		panic(err)
	}
	if os.Getenv("DUMP") != "" {
		for _, r := range rep.Results {
			fmt.Printf("PAGE %s P=%.3f R=%.3f %s\n", r.ID[:12], r.Counts.Precision(), r.Counts.Recall(), gt[r.ID].URL)
		}
	}
	fmt.Printf("F1=%.4f P=%.4f R=%.4f %.1f pages/s failures=%d\n", rep.F1, rep.Precision, rep.Recall, rep.PagesPerSecond, rep.Failures)
}
