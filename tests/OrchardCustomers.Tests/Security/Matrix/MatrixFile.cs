namespace OrchardCustomers.Tests.Security.Matrix;

public sealed record MatrixFile(string Field, string FileName, string ContentType, byte[] Content);
