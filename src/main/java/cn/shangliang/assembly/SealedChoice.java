package cn.shangliang.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a ballot choice sealed ({@link ChoiceSeal}); entities and services keep working with the plain choice. */
@Converter
@ApplicationScoped
public class SealedChoice implements AttributeConverter<String, String> {

    @Inject
    ChoiceSeal seal;

    @Override
    public String convertToDatabaseColumn(String choice) {
        return seal.seal(choice);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return seal.open(stored);
    }
}
