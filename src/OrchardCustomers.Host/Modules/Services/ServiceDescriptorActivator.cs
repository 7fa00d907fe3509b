namespace OrchardCustomers.Host.Modules.Services;

/// <summary>Creates what a (non-keyed) service descriptor describes, without registering it: for switches and decorators.</summary>
internal sealed class ServiceDescriptorActivator
{
    private readonly ServiceDescriptor _descriptor;
    private readonly ObjectFactory? _factory;

    public ServiceDescriptorActivator(ServiceDescriptor descriptor)
    {
        _descriptor = descriptor;
        if (descriptor.ImplementationType is { } type)
        {
            // Built once: the switch runs on every resolution.
            _factory = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
        }
    }

    public object Create(IServiceProvider services) =>
        _descriptor.ImplementationInstance ?? _descriptor.ImplementationFactory?.Invoke(services) ?? _factory!(services, null);
}
