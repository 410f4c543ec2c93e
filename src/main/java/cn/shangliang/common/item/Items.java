package cn.shangliang.common.item;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Every feature's {@link ItemSource}, by kind. */
@ApplicationScoped
public class Items {

    private final Map<ItemKind, ItemSource> sources = new EnumMap<>(ItemKind.class);

    @Inject
    public Items(Instance<ItemSource> all) {
        for (ItemSource source : all) {
            sources.put(source.kind(), source);
        }
    }

    public ItemSource source(ItemKind kind) {
        ItemSource source = sources.get(kind);
        if (source == null) {
            throw DomainException.notFound("not-found.item");
        }
        return source;
    }

    public Optional<Item> find(ItemKind kind, long id) {
        return source(kind).find(id);
    }

    /** The item, or 404 when it does not exist or the visitor may not see it. */
    public Item visible(ItemKind kind, long id) {
        return find(kind, id).orElseThrow(() -> DomainException.notFound("not-found.item"));
    }
}
