namespace OrchardCustomers.Tests.Infrastructure;

public sealed record TenantSamples(long CustomerId, Guid NoteId, Guid FileId);
