using Microsoft.Extensions.Logging;

namespace OrchardCustomers.Tests.Account;

/// <summary>One log entry with its structured values, e.g. <c>Values["UserName"]</c> and <c>Values["{OriginalFormat}"]</c>.</summary>
public sealed record CapturedLogEntry(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, string?> Values);
