// The live window measures the whole machine: run one test at a time so the others do not land in it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
