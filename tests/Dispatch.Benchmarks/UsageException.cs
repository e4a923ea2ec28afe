namespace Dispatch.Benchmarks;

/// <summary>A command line the program cannot follow: printed with a pointer to --help, exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);
