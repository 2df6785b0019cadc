// The latency test counts every catalog query in the process: the write tests' host must not run beside it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
